import type { ParentEvening } from '../../api/types.ts';

type Target = ParentEvening['children'][number]['targets'][number];
export type TargetState = 'available' | 'booked' | 'waiting';

const shareTeacher = (a: string[], b: string[]) => a.some((id) => b.includes(id));

/**
 * Whether this child already has a meeting with a teacher (or joint meeting), waits for one, or can book.
 * A child sees each teacher once, and a joint meeting covers its teachers (as the server rules), so a
 * meeting with any of the target's teachers makes it booked.
 */
export function targetState(evening: ParentEvening, studentId: string, target: Target): TargetState {
  const booked = evening.meetings.some(
    (m) =>
      m.studentId === studentId &&
      shareTeacher(
        m.teachers.map((t) => t.id),
        target.teacherIds,
      ),
  );
  if (booked) return 'booked';
  const lead = target.teacherIds[0];
  if (evening.waitlist.some((w) => w.studentId === studentId && (w.teacherId === target.id || w.teacherId === lead)))
    return 'waiting';
  return 'available';
}

/** When parents can no longer book: the evening's closing time, else when its last session closes. */
export function bookingClosesAt(evening: Pick<ParentEvening, 'rules' | 'sessions'>): string {
  if (evening.rules.closesAt) return evening.rules.closesAt;
  return (
    evening.sessions
      .map((s) => s.closesAt)
      .sort()
      .at(-1) ?? evening.rules.opensAt
  );
}

export function childName(evening: ParentEvening, studentId: string): string {
  return evening.children.find((c) => c.id === studentId)?.name ?? '';
}

/** "Ms. Rivera", or "Ms. Rivera and Mr. Okafor" for a joint meeting, joined the way the language joins a list. */
export function teacherNames(teachers: { displayName: string }[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(teachers.map((t) => t.displayName));
}

/** The teacher (or joint meeting) a waiting-list entry is for, by the name the family chose it by. */
export function waitlistTeacherName(evening: ParentEvening, studentId: string, teacherId: string): string {
  const targets = evening.children.find((c) => c.id === studentId)?.targets ?? [];
  return (targets.find((t) => t.id === teacherId) ?? targets.find((t) => t.teacherIds[0] === teacherId))?.name ?? '';
}

/**
 * The targets ticked to start with: each one still to book, except a teacher whose joint meeting is
 * also bookable (the joint meeting covers them; the server would not propose both).
 */
export function defaultTargets(evening: ParentEvening, child: ParentEvening['children'][number]): string[] {
  const free = child.targets.filter((t) => targetState(evening, child.id, t) === 'available');
  const joint = free.filter((t) => t.joint).flatMap((t) => t.teacherIds);
  return free.filter((t) => t.joint || !shareTeacher(t.teacherIds, joint)).map((t) => t.id);
}
