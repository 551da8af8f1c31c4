import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { StudentOption } from '../../api/types.ts';
import { useStudentSearch } from '../../api/use-directory.ts';
import { TextField } from '../../components/form/fields.tsx';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import type { ScheduleValues } from './schedule-schema.ts';
import { ChoiceList } from './choice-list.tsx';

const SEARCH_DELAY_MS = 300;

/** Finds a child by their or a parent's name, then picks which of the child's parents to meet. */
export function StudentPicker({ teacherId }: { teacherId: string | undefined }) {
  const { setValue, formState } = useFormContext<ScheduleValues>();
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search, SEARCH_DELAY_MS);
  const students = useStudentSearch(settledSearch, teacherId);
  const searching = search !== settledSearch || students.isFetching;
  const [chosen, setChosen] = useState<StudentOption | null>(null);
  const [guardianId, setGuardianId] = useState('');

  const found = students.data ?? [];
  const options = chosen && !found.some((s) => s.id === chosen.id) ? [chosen, ...found] : found;

  const chooseStudent = (student: StudentOption) => {
    setChosen(student);
    const only = student.guardians.length === 1 ? student.guardians[0]!.id : '';
    setGuardianId(only);
    setValue('studentId', student.id, { shouldValidate: formState.isSubmitted });
    setValue('guardianId', only, { shouldValidate: formState.isSubmitted && Boolean(only) });
  };
  const chooseGuardian = (id: string) => {
    setGuardianId(id);
    setValue('guardianId', id, { shouldValidate: formState.isSubmitted });
  };

  return (
    <fieldset>
      <legend>Who the meeting is with</legend>
      <TextField
        label="Find a child or parent"
        type="search"
        hint="Type part of a child’s or a parent’s name."
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p role="status" className="muted small">
        {searching
          ? 'Searching…'
          : students.isSuccess
            ? `${found.length} ${found.length === 1 ? 'child' : 'children'} found.`
            : ''}
      </p>
      {students.isError && <QueryProblem error={students.error} onRetry={() => void students.refetch()} />}
      <ChoiceList
        legend="Child"
        name="studentId"
        value={chosen?.id ?? ''}
        error={formState.errors.studentId?.message}
        empty={
          students.isPending
            ? 'Searching…'
            : 'No child or parent matches. Check the spelling, or search for fewer letters.'
        }
        choices={options.map((s) => ({
          id: s.id,
          label: s.name,
          detail: [
            s.classes.join(', '),
            s.guardians.length ? `Parents: ${s.guardians.map((g) => g.name).join(', ')}` : 'No parent on file',
          ]
            .filter(Boolean)
            .join(' · '),
          disabled: !s.guardians.length,
        }))}
        onChoose={(id) => chooseStudent(options.find((s) => s.id === id)!)}
      />
      {chosen && (
        <ChoiceList
          legend={`Parent of ${chosen.name}`}
          name="guardianId"
          value={guardianId}
          error={formState.errors.guardianId?.message}
          empty="This child has no parent on file. Add one with a directory import."
          choices={chosen.guardians.map((g) => ({ id: g.id, label: g.name }))}
          onChoose={chooseGuardian}
        />
      )}
    </fieldset>
  );
}
