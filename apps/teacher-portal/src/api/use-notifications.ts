import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** The school's reminder settings (admins). */
export function useReminderSettings() {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(trpc.staff.notifications.reminderSettings.queryOptions({ branchId: branch.id }));
}

export function useUpdateReminderSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.staff.notifications.updateReminderSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.staff.notifications.reminderSettings.pathFilter()),
    }),
  );
}

/** Email of the admin's school that was refused or is still failing. */
export function useUndeliveredEmails() {
  const trpc = useTRPC();
  return useQuery(trpc.staff.notifications.undeliveredEmails.queryOptions(undefined, { refetchInterval: 60_000 }));
}
