import { useTeachers } from '../api/use-directory.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** For branch admins: whose agenda and availability the portal shows (or every teacher's). */
export function TeacherSwitcher() {
  const { teacherId, setTeacherId, me } = useWorkspace();
  const teachers = useTeachers();
  const others = (teachers.data ?? []).filter((t) => t.id !== me.id);
  return (
    <div className="switcher">
      <label htmlFor="acting-teacher">Showing</label>
      <select
        id="acting-teacher"
        value={teacherId ?? ''}
        onChange={(e) => setTeacherId(e.target.value || undefined)}
        disabled={teachers.isPending}
      >
        <option value="">All teachers</option>
        {others.map((t) => (
          <option key={t.id} value={t.id}>
            {t.displayName} ({t.name})
          </option>
        ))}
      </select>
    </div>
  );
}
