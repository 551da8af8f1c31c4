import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { normalizeEmail } from '../../auth/email-address.ts';
import {
  MAX_ROSTER_ROWS,
  REQUIRED_COLUMNS,
  ROSTER_COLUMNS,
  type RosterColumn,
  type RosterIssue,
  type RosterRow,
} from './roster-format.ts';

const LIMITS: Record<RosterColumn, number> = {
  student_ref: 64,
  student_name: 120,
  class: 80,
  year_group: 40,
  teacher_email: 254,
  teacher_name: 120,
  guardian_email: 254,
  guardian_name: 120,
};
const isEmail = (value: string) => z.email().safeParse(value).success;

/**
 * Reads the CSV and checks every row on its own and against the other rows; what needs the
 * database (is this teacher new?) is checked when applying. Never throws for bad rows: each
 * problem becomes an issue with its line.
 */
export function parseRoster(csv: string): { rows: RosterRow[]; issues: RosterIssue[] } {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      issues: [{ line, message: `The file is not valid CSV near line ${line}: check for an unclosed quote.` }],
    };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], issues: [{ line: 1, message: 'The file is empty. Start with a header row.' }] };

  const columns = header.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const unknown = columns.filter((c) => !(ROSTER_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (unknown.length || missing.length) {
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      unknown.length ? `unknown ${unknown.map((u) => `"${u}"`).join(', ')}` : '',
    ].filter(Boolean);
    return {
      rows: [],
      issues: [
        {
          line: 1,
          message: `The header row is ${parts.join(' and ')}. Use the columns: ${ROSTER_COLUMNS.join(', ')}.`,
        },
      ],
    };
  }
  if (data.length > MAX_ROSTER_ROWS) {
    return {
      rows: [],
      issues: [{ line: 1, message: `The file has ${data.length} rows; import at most ${MAX_ROSTER_ROWS} at a time.` }],
    };
  }

  const issues: RosterIssue[] = [];
  const rows: RosterRow[] = [];
  data.forEach((record, index) => {
    const line = index + 2;
    if (record.length > columns.length) {
      issues.push({ line, message: `This row has ${record.length} cells but the header has ${columns.length}.` });
      return;
    }
    const get = (column: RosterColumn) => {
      const value = record[columns.indexOf(column)]?.trim() ?? '';
      if (value.length > LIMITS[column])
        issues.push({ line, column, message: `${column} is longer than ${LIMITS[column]} characters.` });
      return value || null;
    };
    const row: RosterRow = {
      line,
      studentRef: get('student_ref') ?? '',
      studentName: get('student_name') ?? '',
      className: get('class'),
      yearGroup: get('year_group'),
      teacherEmail: get('teacher_email'),
      teacherName: get('teacher_name'),
      guardianEmail: get('guardian_email'),
      guardianName: get('guardian_name'),
    };
    const before = issues.length;
    if (!row.studentRef)
      issues.push({
        line,
        column: 'student_ref',
        message: 'student_ref is empty: every row needs the student number.',
      });
    if (!row.studentName)
      issues.push({
        line,
        column: 'student_name',
        message: "student_name is empty: every row needs the student's name.",
      });
    for (const column of ['teacher_email', 'guardian_email'] as const) {
      const value = column === 'teacher_email' ? row.teacherEmail : row.guardianEmail;
      if (value && !isEmail(value)) issues.push({ line, column, message: `"${value}" is not a valid email address.` });
    }
    if (row.teacherEmail && !row.className) {
      issues.push({ line, column: 'class', message: 'A teacher is named but no class: fill in the class they teach.' });
    }
    if (row.yearGroup && !row.className) {
      issues.push({ line, column: 'class', message: 'A year group is named but no class: fill in the class.' });
    }
    if (row.guardianName && !row.guardianEmail) {
      issues.push({
        line,
        column: 'guardian_email',
        message: 'A parent is named without an email: parents sign in with their email.',
      });
    }
    if (issues.length === before) {
      rows.push({
        ...row,
        teacherEmail: row.teacherEmail && normalizeEmail(row.teacherEmail),
        guardianEmail: row.guardianEmail && normalizeEmail(row.guardianEmail),
      });
    }
  });
  issues.push(...crossRowIssues(rows));
  return { rows, issues };
}

/** The same student, class, teacher or parent must be spelled the same way on every row. */
function crossRowIssues(rows: RosterRow[]): RosterIssue[] {
  const issues: RosterIssue[] = [];
  const check = (
    column: RosterColumn,
    key: (r: RosterRow) => string | null,
    name: (r: RosterRow) => string | null,
    what: string,
  ) => {
    const seen = new Map<string, { name: string; line: number }>();
    for (const row of rows) {
      const k = key(row);
      const n = name(row);
      if (!k || !n) continue;
      const first = seen.get(k);
      if (!first) seen.set(k, { name: n, line: row.line });
      else if (first.name !== n) {
        issues.push({
          line: row.line,
          column,
          message: `${what} ${k} is "${first.name}" on line ${first.line} but "${n}" here.`,
        });
      }
    }
  };
  check(
    'student_name',
    (r) => r.studentRef,
    (r) => r.studentName,
    'Student',
  );
  check(
    'year_group',
    (r) => r.className,
    (r) => r.yearGroup,
    'Class',
  );
  check(
    'teacher_name',
    (r) => r.teacherEmail,
    (r) => r.teacherName,
    'Teacher',
  );
  check(
    'guardian_name',
    (r) => r.guardianEmail,
    (r) => r.guardianName,
    'Parent',
  );
  return issues;
}
