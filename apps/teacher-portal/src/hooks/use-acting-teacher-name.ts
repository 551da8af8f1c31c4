import { useTeachers } from '../api/use-directory.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** The display name of the teacher being looked at, or null for "all teachers". */
export function useActingTeacherName(): string | null {
  const { teacherId, me } = useWorkspace();
  const teachers = useTeachers();
  if (!teacherId) return null;
  if (teacherId === me.id) return me.displayName;
  return teachers.data?.find((t) => t.id === teacherId)?.displayName ?? null;
}
