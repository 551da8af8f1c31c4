import type { RouterOutputs } from '@edutrack/api';

/** Names for the API shapes the portal works with (types only; nothing of the server is bundled). */
export type Meeting = RouterOutputs['staff']['appointments']['get'];
export type PublishResult = RouterOutputs['staff']['availability']['publish'];
export type RosterReport = RouterOutputs['staff']['directory']['importRoster'];
export type RosterSummary = NonNullable<RosterReport['summary']>;
export type StudentOption = RouterOutputs['staff']['directory']['students'][number];
export type StaffMe = NonNullable<RouterOutputs['auth']['me']['staff']>;
export type Branch = StaffMe['branches'][number];
export type EveningSummary = RouterOutputs['staff']['evenings']['list'][number];
export type EveningDetail = RouterOutputs['staff']['evenings']['get'];
export type TeacherSchedule = RouterOutputs['staff']['evenings']['schedule'];
