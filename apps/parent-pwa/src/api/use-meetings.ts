import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import type { Meeting } from './types.ts';

export const UPCOMING = { view: 'upcoming', limit: 100 } as const;
const PAST = { view: 'past', limit: 20 } as const;

export function useChildren() {
  const trpc = useTRPC();
  return useQuery(trpc.parent.directory.children.queryOptions());
}

/**
 * On a meeting day the list asks again every 15 s, so "running late" and the expected time reach the
 * parent without a reload (docs/decisions/015); other days it refreshes on focus as usual.
 */
const MEETING_DAY_REFRESH_MS = 15_000;
const MEETING_DAY_AHEAD_MS = 12 * 3_600_000;

export function useUpcomingMeetings() {
  const trpc = useTRPC();
  return useQuery(
    trpc.parent.appointments.list.queryOptions(UPCOMING, {
      refetchInterval: (query) =>
        query.state.data?.items.some((m) => new Date(m.startsAt).getTime() - Date.now() < MEETING_DAY_AHEAD_MS)
          ? MEETING_DAY_REFRESH_MS
          : false,
    }),
  );
}

export function usePastMeetings() {
  const trpc = useTRPC();
  return useQuery(trpc.parent.appointments.list.queryOptions(PAST));
}

/** One meeting; shown at once (and offline) from the lists while the fresh copy loads. */
export function useMeeting(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useQuery({
    ...trpc.parent.appointments.get.queryOptions({ id }),
    placeholderData: () => {
      for (const input of [UPCOMING, PAST]) {
        const page = queryClient.getQueryData(trpc.parent.appointments.list.queryKey(input));
        const found = page?.items.find((m: Meeting) => m.id === id);
        if (found) return found;
      }
      return undefined;
    },
  });
}
