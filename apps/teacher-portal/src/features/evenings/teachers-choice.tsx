import { useFormContext } from 'react-hook-form';
import type { EveningValues } from './evening-schema.ts';

interface Teacher {
  id: string;
  name: string;
  displayName: string;
}

/** Who takes part: every teacher of the branch to start with; untick those who don't. */
export function TeachersChoice({ teachers }: { teachers: Teacher[] }) {
  const form = useFormContext<EveningValues>();
  const chosen = form.watch('teacherIds');
  const error = form.formState.errors.teacherIds?.message;
  const setAll = (ids: string[]) => form.setValue('teacherIds', ids, { shouldValidate: form.formState.isSubmitted });
  return (
    <fieldset className="stack">
      <legend>Teachers taking part</legend>
      <p className="hint">
        {chosen.length} of {teachers.length} teachers. Breaks, other meeting lengths and joint meetings are set once the
        evening exists.
      </p>
      <div className="actions">
        <button type="button" className="button small" onClick={() => setAll(teachers.map((t) => t.id))}>
          Choose all
        </button>
        <button type="button" className="button small" onClick={() => setAll([])}>
          Choose none
        </button>
      </div>
      <div className="teacher-grid">
        {teachers.map((t) => (
          <label key={t.id} className="choice">
            <input type="checkbox" value={t.id} {...form.register('teacherIds')} />
            <span>
              <span className="choice-label">{t.displayName}</span> <span className="muted small">{t.name}</span>
            </span>
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
