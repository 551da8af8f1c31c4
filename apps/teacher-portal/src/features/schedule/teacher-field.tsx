import { useFormContext } from 'react-hook-form';
import { useTeachers } from '../../api/use-directory.ts';
import { SelectField } from '../../components/form/fields.tsx';

/** For admins: the teacher a meeting (or a run of slots) is for. Needs a `teacherId` form field. */
export function TeacherField() {
  const { register, formState } = useFormContext<{ teacherId: string }>();
  const teachers = useTeachers();
  return (
    <SelectField label="Teacher" error={formState.errors.teacherId?.message} {...register('teacherId')}>
      <option value="">Choose a teacher</option>
      {(teachers.data ?? []).map((t) => (
        <option key={t.id} value={t.id}>
          {t.displayName} ({t.name}){t.role === 'admin' ? ', admin' : ''}
        </option>
      ))}
    </SelectField>
  );
}
