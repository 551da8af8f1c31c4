import { stringify } from 'csv-stringify/sync';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { formatInZone } from '../time/time-zones.ts';
import { attendanceByTeacher } from './attendance-report.ts';
import { bookingProgress } from './booking-progress.ts';
import { familiesNotBooked } from './families-not-booked.ts';
import { resolveReportScope, type ReportScopeInput, type ReportScope } from './report-scope.ts';

export const REPORT_KINDS = ['booking-progress', 'not-booked', 'attendance'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

type Cell = string | number;

/**
 * CSV a spreadsheet opens as plain text: csv-stringify quotes per RFC 4180 and, with
 * `escape_formulas`, puts a `'` before any cell that starts with =, +, -, @, tab or carriage return
 * (OWASP's CSV injection advice), so a parent named "=HYPERLINK(...)" stays a name. Numbers are
 * left as numbers. The byte-order mark makes Excel read the names as UTF-8.
 */
function safeCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows], { escape_formulas: true, bom: true });
}

async function tableOf(deps: Pick<CoreDeps, 'db'>, scope: ReportScope, report: ReportKind) {
  switch (report) {
    case 'booking-progress': {
      const p = await bookingProgress(deps.db, scope);
      return safeCsv(
        ['Group', 'Name', 'Children', 'Children booked', 'Meetings booked'],
        [
          ['All', 'All children', p.overall.children, p.overall.childrenBooked, p.overall.meetings],
          ...p.teachers.map((t): Cell[] => ['Teacher', t.teacherName, t.children, t.childrenBooked, t.meetings]),
          ...p.classes.map((c): Cell[] => ['Class', c.name, c.children, c.childrenBooked, '']),
          ...p.yearGroups.map((y): Cell[] => ['Year group', y.name, y.children, y.childrenBooked, '']),
        ],
      );
    }
    case 'not-booked': {
      const families = await familiesNotBooked(deps.db, scope);
      return safeCsv(
        ['Parent', 'Email', 'Children without a meeting', `Last reminded (${scope.timeZone})`],
        families.map((f) => [
          f.guardianName,
          f.email,
          f.children.join('; '),
          f.lastNudgedAt ? formatInZone(new Date(f.lastNudgedAt), scope.timeZone) : '',
        ]),
      );
    }
    case 'attendance': {
      const rows = await attendanceByTeacher(deps.db, scope);
      return safeCsv(
        ['Teacher', 'Held', 'No-show', 'Cancelled', 'Not yet settled'],
        rows.map((r) => [r.teacherName, r.held, r.noShow, r.cancelled, r.notYetSettled]),
      );
    }
  }
}

/** An evening's name or a period as a file name: letters, digits and dashes only. */
const fileNamePart = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'report';

/** One report of the dashboard as a CSV file (admins of the branch only). */
export async function exportReportCsv(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: ReportScopeInput & { report: ReportKind },
): Promise<{ filename: string; csv: string }> {
  const scope = await resolveReportScope(deps, staff, input);
  const csv = await tableOf(deps, scope, input.report);
  return { filename: `${input.report}_${fileNamePart(scope.label)}.csv`, csv };
}
