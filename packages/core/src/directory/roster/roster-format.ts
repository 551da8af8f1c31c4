/**
 * The roster CSV: one row per student-parent pair, the shape a school information system exports.
 * A row may also name the student's class, the class's year group and its teacher. Re-importing is safe: rows
 * are matched on student_ref and email, and nothing is deleted.
 */
export const ROSTER_COLUMNS = [
  'student_ref',
  'student_name',
  'class',
  'year_group',
  'teacher_email',
  'teacher_name',
  'guardian_email',
  'guardian_name',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const REQUIRED_COLUMNS: RosterColumn[] = ['student_ref', 'student_name'];

export const MAX_ROSTER_ROWS = 5000;
export const MAX_ROSTER_BYTES = 2_000_000;

export interface RosterRow {
  /** Line in the file (the header is line 1), so errors point where a spreadsheet does. */
  line: number;
  studentRef: string;
  studentName: string;
  className: string | null;
  /** The class's year group ("Year 7"); blank leaves a stored one as it is. */
  yearGroup: string | null;
  teacherEmail: string | null;
  teacherName: string | null;
  guardianEmail: string | null;
  guardianName: string | null;
}

export interface RosterIssue {
  line: number;
  column?: RosterColumn;
  message: string;
}
