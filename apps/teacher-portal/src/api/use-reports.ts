import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import type { ReportKind, ReportPeriod } from './types.ts';

/** While bookings come in the figures move: the dashboard re-reads them every 30 seconds. */
const LIVE_REFRESH_MS = 30_000;

export function useBookingDashboard(period: ReportPeriod) {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(
    trpc.staff.reports.dashboard.queryOptions(
      { branchId: branch.id, ...period },
      { refetchInterval: LIVE_REFRESH_MS, placeholderData: (previous) => previous },
    ),
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
  const { branch } = useWorkspace();
  return (input: ReportPeriod & { report: ReportKind }) =>
    queryClient.fetchQuery({
      ...trpc.staff.reports.exportCsv.queryOptions({ branchId: branch.id, ...input }),
      staleTime: 0,
    });
}
