/**
 * The evening's rule that a child sees each teacher once (per family or per parent: which bookings
 * count is `countsForParent`). A joint meeting is a meeting with every one of its teachers, so it
 * covers each of them for that child: no other meeting of that child may include any of them.
 * Proposing and confirming both ask this one function, so a proposal never holds what confirm refuses.
 */
export interface ChildMeeting {
  studentId: string;
  teacherIds: readonly string[];
}

/** The first of `others` that would make this child see one of the meeting's teachers a second time. */
export function meetingSharingTeacher<T extends ChildMeeting>(
  meeting: ChildMeeting,
  others: readonly T[],
): T | undefined {
  return others.find(
    (o) => o.studentId === meeting.studentId && o.teacherIds.some((id) => meeting.teacherIds.includes(id)),
  );
}
