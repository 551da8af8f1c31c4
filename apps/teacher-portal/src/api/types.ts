import type { RouterInputs, RouterOutputs } from '@edutrack/api';

/** Names for the API shapes the portal works with (types only; nothing of the server is bundled). */
export type Meeting = RouterOutputs['staff']['appointments']['get'];
export type PublishResult = RouterOutputs['staff']['availability']['publish'];
export type RosterReport = RouterOutputs['staff']['directory']['importRoster'];
export type RosterSummary = NonNullable<RosterReport['summary']>;
export type BranchClass = RouterOutputs['staff']['directory']['classes'][number];
export type StudentOption = RouterOutputs['staff']['directory']['students'][number];
export type StaffMe = NonNullable<RouterOutputs['auth']['me']['staff']>;
export type Branch = StaffMe['branches'][number];
export type BookingDashboard = RouterOutputs['staff']['reports']['dashboard'];
/** An evening (`eveningId`) or a branch's period of days: what a report is about. */
export type ReportScope = RouterInputs['staff']['reports']['dashboard'];
export type EveningSummary = RouterOutputs['staff']['evenings']['list'][number];
export type ReportKind = RouterInputs['staff']['reports']['exportCsv']['report'];
export type NudgeOutcome = RouterOutputs['staff']['reports']['nudge'];
export type EveningDetail = RouterOutputs['staff']['evenings']['get'];
export type TeacherSchedule = RouterOutputs['staff']['evenings']['schedule'];
