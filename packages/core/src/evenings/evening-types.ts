import type { Said } from '../error-messages/say.ts';

/** What the evenings procedures answer: ISO strings for instants, so clients need no date parsing rules. */

export type HouseholdMode = 'one_per_household' | 'per_parent';

export interface EveningRules {
  opensAt: string;
  /** Families with early access (chosen, or flagged by a teacher) book from here; null: no early access. */
  earlyAccessOpensAt: string | null;
  /** Null: each session closes 24 hours before it starts (see `sessions[].closesAt`). */
  closesAt: string | null;
  perParentLimit: number | null;
  perChildLimit: number | null;
  householdMode: HouseholdMode;
  parentsMayChangeAfterClose: boolean;
}

export interface EveningSession {
  id: string;
  startsAt: string;
  endsAt: string;
  /** When parents can no longer book or change meetings in this session. */
  closesAt: string;
}

export interface EveningSummary {
  id: string;
  branchId: string;
  name: string;
  timeZone: string;
  slotMinutes: number;
  gapMinutes: number;
  sessions: EveningSession[];
  rules: EveningRules;
  /** Where booking stands now (by the server's clock). */
  phase: 'before_opening' | 'early_access' | 'open' | 'closed' | 'over';
}

export interface EveningTeacher {
  id: string;
  displayName: string;
  slotMinutes: number | null;
  sessionIds: string[] | null;
  slots: { total: number; booked: number; held: number; unavailable: number };
}

export interface JointMeeting {
  id: string;
  name: string;
  teachers: { id: string; displayName: string }[];
}

export interface EveningDetail extends EveningSummary {
  classIds: string[];
  yearGroups: string[];
  teachers: EveningTeacher[];
  jointMeetings: JointMeeting[];
  earlyAccessStudentIds: string[];
  /** Families a teacher asked to see: the teacher, the child. */
  flags: { teacherId: string; studentId: string }[];
  serverNow: string;
}

/** A slot of a teacher's evening as the teacher (or an admin) sees it. */
export interface ScheduleSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  state: 'free' | 'held' | 'booked' | 'unavailable';
  meeting: {
    appointmentId: string;
    studentName: string;
    parentName: string;
    /** The language the parent reads (chosen in the app), null until they choose: to arrange an interpreter. */
    parentLanguage: string | null;
    /** Other teachers in it, for a joint meeting. */
    withTeachers: string[];
  } | null;
}

export interface TeacherSchedule {
  eveningId: string;
  teacher: { id: string; displayName: string };
  timeZone: string;
  slots: ScheduleSlot[];
  /** The teacher's own flags ("need to see") and the families in their classes they may flag. */
  students: { id: string; name: string; flagged: boolean; booked: boolean }[];
}

/** Something a family can book: one teacher, or a joint meeting of 2-3. */
export interface BookableTarget {
  /** A teacher's id, or a joint meeting's id when `joint` is set. */
  id: string;
  joint: boolean;
  name: string;
  teacherIds: string[];
}

export interface ParentMeeting {
  appointmentId: string;
  slotId: string | null;
  studentId: string;
  studentName: string;
  teachers: { id: string; displayName: string }[];
  startsAt: string;
  endsAt: string;
  /** Whether the parent may still cancel it themselves (closing time, evening rules). */
  canCancel: boolean;
}

export interface HeldMeeting {
  /** The slot to confirm (for a joint meeting, the lead teacher's slot). */
  slotId: string;
  studentId: string;
  target: BookableTarget;
  startsAt: string;
  endsAt: string;
  heldUntil: string;
  kind: 'proposal' | 'offer';
}

export interface ParentEvening extends EveningSummary {
  /** When this family may book: early access moves it forward. */
  youMayBookFrom: string;
  earlyAccess: boolean;
  /** Teachers who asked to see this family. */
  invitedBy: { teacherId: string; studentId: string }[];
  children: { id: string; name: string; targets: BookableTarget[] }[];
  meetings: ParentMeeting[];
  holds: HeldMeeting[];
  /** `teacherId`: the teacher waited for, or the joint meeting's id (a target's `id` either way). */
  waitlist: { id: string; studentId: string; teacherId: string; status: 'waiting' | 'offered' }[];
  serverNow: string;
}

export interface UnservedRequest {
  studentId: string;
  target: BookableTarget;
  reason: 'full' | 'limit' | 'already_booked' | 'booked_by_household' | 'unavailable';
  /** In words for the parent, written out in their language by the API. */
  message: Said;
  /** Whether joining the waiting list would make sense. */
  canJoinWaitlist: boolean;
}

export interface Proposal {
  /** In time order; each held until `heldUntil`. */
  meetings: HeldMeeting[];
  unserved: UnservedRequest[];
  /** From the first meeting's start to the last one's end, in minutes; 0 without meetings. */
  spanMinutes: number;
  heldUntil: string | null;
}

export interface ConfirmedItinerary {
  meetings: ParentMeeting[];
}
