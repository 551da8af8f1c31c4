import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import type { ReportKind, ReportScope } from './types.ts';

/** While bookings come in the figures move: the dashboard re-reads them every 30 seconds. */
const LIVE_REFRESH_MS = 30_000;

/** The branch's parents' evenings, to choose the one the dashboard is about. */
export function useBranchEvenings() {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(trpc.staff.evenings.list.queryOptions({ branchId: branch.id }));
}

export function useBookingDashboard(scope: ReportScope) {
  const trpc = useTRPC();
  return useQuery(
    trpc.staff.reports.dashboard.queryOptions(scope, {
      refetchInterval: LIVE_REFRESH_MS,
      placeholderData: (previous) => previous,
    }),
  );
}

export function useNudgeFamilies() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.staff.reports.nudge.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.staff.reports.dashboard.pathFilter()),
    }),
  );
}

/** The CSV is fetched on demand (a click), not kept in the cache. */
export function useReportCsv() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (scope: ReportScope, report: ReportKind) =>
    queryClient.fetchQuery({ ...trpc.staff.reports.exportCsv.queryOptions({ ...scope, report }), staleTime: 0 });
}
