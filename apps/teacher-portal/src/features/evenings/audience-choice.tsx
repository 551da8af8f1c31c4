import { useFormContext } from 'react-hook-form';
import type { BranchClass } from '../../api/types.ts';
import type { EveningValues } from './evening-schema.ts';

/**
 * Who the evening is for: year groups and/or classes (none: the whole branch). Choosing resets the
 * teachers to those who teach the chosen classes, as the server would by default; the admin can then
 * untick or add teachers below.
 */
export function AudienceChoice({ classes, teacherIds }: { classes: BranchClass[]; teacherIds: string[] }) {
  const form = useFormContext<EveningValues>();
  const yearGroups = [...new Set(classes.flatMap((c) => (c.yearGroup ? [c.yearGroup] : [])))];
  const chooseTeachers = () => {
    const chosenYears = new Set(form.getValues('yearGroups'));
    const chosenClasses = new Set(form.getValues('classIds'));
    const everyone = !chosenYears.size && !chosenClasses.size;
    const inScope = classes.filter(
      (c) => everyone || chosenClasses.has(c.id) || (c.yearGroup !== null && chosenYears.has(c.yearGroup)),
    );
    const teaching = new Set(inScope.flatMap((c) => c.teacherIds));
    const ids = everyone ? teacherIds : teacherIds.filter((id) => teaching.has(id));
    form.setValue('teacherIds', ids, { shouldValidate: form.formState.isSubmitted });
  };
  const chosenYears = form.watch('yearGroups');
  const chosenClasses = form.watch('classIds');
  const summary =
    chosenYears.length || chosenClasses.length
      ? `${[...chosenYears, ...classes.filter((c) => chosenClasses.includes(c.id)).map((c) => c.name)].join(', ')}.`
      : 'The whole branch.';
  return (
    <fieldset className="stack">
      <legend>Who it is for</legend>
      <p className="hint">
        {summary} Choose year groups, classes or both; families of their children can book. The teachers below follow
        your choice.
      </p>
      {yearGroups.length > 0 && (
        <div className="teacher-grid" role="group" aria-label="Year groups">
          {yearGroups.map((y) => (
            <label key={y} className="choice">
              <input type="checkbox" value={y} {...form.register('yearGroups', { onChange: chooseTeachers })} />
              <span className="choice-label">{y}</span>
            </label>
          ))}
        </div>
      )}
      <div className="teacher-grid" role="group" aria-label="Classes">
        {classes.map((c) => (
          <label key={c.id} className="choice">
            <input type="checkbox" value={c.id} {...form.register('classIds', { onChange: chooseTeachers })} />
            <span>
              <span className="choice-label">{c.name}</span>
              {c.yearGroup && <span className="muted small"> {c.yearGroup}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
