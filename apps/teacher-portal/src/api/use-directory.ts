import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** Teachers of the branch (an admin sees all of them; a teacher only themself). */
export function useTeachers() {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(trpc.staff.directory.teachers.queryOptions({ branchId: branch.id }, { staleTime: 60_000 }));
}

/** Admins: the branch's classes with their year group and teachers. */
export function useBranchClasses() {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(trpc.staff.directory.classes.queryOptions({ branchId: branch.id }, { staleTime: 60_000 }));
}

/** Students (with their parents) the meeting can be about, matching a child's or parent's name. */
export function useStudentSearch(search: string, teacherId: string | undefined) {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(
    trpc.staff.directory.students.queryOptions(
      { branchId: branch.id, search: search.trim() || undefined, teacherId },
      { placeholderData: (previous) => previous },
    ),
  );
}

export function useImportRoster() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.staff.directory.importRoster.mutationOptions({
      onSuccess: (report) => {
        if (report.applied) void queryClient.invalidateQueries(trpc.staff.directory.pathFilter());
      },
    }),
  );
}

export function useUpdateBranch() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.staff.directory.updateBranch.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
          queryClient.invalidateQueries(trpc.staff.pathFilter()),
        ]),
    }),
  );
}
