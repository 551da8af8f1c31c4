import type { StaffActor } from '../../actors.ts';
import type { CoreDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { sendSetPasswordLink } from '../../auth/staff-password.ts';
import { requireBranchAdmin } from '../branches.ts';
import { applyRoster, type RosterSummary } from './apply-roster.ts';
import { parseRoster } from './parse-roster.ts';
import { MAX_ROSTER_BYTES, type RosterIssue } from './roster-format.ts';
import { transact } from '../../transaction.ts';

export interface RosterImportReport {
  /** A preview ran the whole import and rolled it back. */
  dryRun: boolean;
  applied: boolean;
  rowCount: number;
  issues: RosterIssue[];
  summary: RosterSummary | null;
}

class RollbackPreview extends Error {
  constructor(readonly report: RosterImportReport) {
    super('preview');
  }
}

/**
 * Imports a roster CSV into a branch: all rows or none. A preview (`dryRun`) performs the same
 * writes in a transaction and rolls them back, so its counts are exactly what an import would do.
 */
export async function importRoster(
  deps: CoreDeps,
  staff: StaffActor,
  input: { branchId: string; csv: string; dryRun: boolean },
): Promise<RosterImportReport> {
  requireBranchAdmin(staff, input.branchId);
  if (Buffer.byteLength(input.csv) > MAX_ROSTER_BYTES) {
    throw new AppError(
      'BAD_REQUEST',
      'That file is larger than 2 MB. Split it into smaller files and import them one by one.',
    );
  }
  const { rows, issues } = parseRoster(input.csv);
  const rowCount = rows.length + new Set(issues.map((i) => i.line)).size;
  if (issues.length || !rows.length) {
    const noRows = !issues.length ? [{ line: 2, message: 'The file has a header but no rows to import.' }] : [];
    return { dryRun: input.dryRun, applied: false, rowCount, issues: [...issues, ...noRows], summary: null };
  }
  try {
    return await transact(deps.db, async (tx) => {
      const result = await applyRoster(tx, input.branchId, rows);
      const report: RosterImportReport = {
        dryRun: input.dryRun,
        applied: !input.dryRun && !result.issues.length,
        rowCount,
        issues: result.issues,
        summary: result.issues.length ? null : result.summary,
      };
      if (input.dryRun || result.issues.length) throw new RollbackPreview(report);
      for (const teacher of result.newTeachers) await sendSetPasswordLink(tx, deps, teacher, 'invite');
      return report;
    });
  } catch (error) {
    if (error instanceof RollbackPreview) return error.report;
    throw error;
  }
}
