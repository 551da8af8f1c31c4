import { createHash } from 'node:crypto';
import type { StaffActor } from '../../actors.ts';
import type { CoreDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { sendSetPasswordLink } from '../../auth/staff-password.ts';
import { requireBranchAdmin } from '../branches.ts';
import { applyRoster, type ExistingChildChanges, type RosterSummary, type YearGroupChange } from './apply-roster.ts';
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
  /** Changes to children already stored (a new name, a new parent), each with its line. */
  changesToExistingChildren: ExistingChildChanges;
  /** Classes put in another year group, each with its line (moving a class up a year needs no confirmation). */
  yearGroupChanges: YearGroupChange[];
  /**
   * Set when there are such changes: the import applies them only when sent back as
   * `confirmedChanges`, so they are an explicit choice of someone who saw this list.
   */
  confirmationKey: string | null;
  /** The import was not applied because those changes were not (or no longer) the confirmed ones. */
  needsConfirmation: boolean;
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
  input: { branchId: string; csv: string; dryRun: boolean; confirmedChanges?: string },
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
    return {
      dryRun: input.dryRun,
      applied: false,
      rowCount,
      issues: [...issues, ...noRows],
      summary: null,
      changesToExistingChildren: { renamed: [], newParentLinks: [] },
      yearGroupChanges: [],
      confirmationKey: null,
      needsConfirmation: false,
    };
  }
  try {
    return await transact(deps.db, async (tx) => {
      const result = await applyRoster(tx, input.branchId, rows);
      const { renamed, newParentLinks } = result.changes;
      const confirmationKey = renamed.length || newParentLinks.length ? keyOf(input.branchId, result.changes) : null;
      const needsConfirmation =
        !input.dryRun &&
        !result.issues.length &&
        confirmationKey !== input.confirmedChanges &&
        confirmationKey !== null;
      const report: RosterImportReport = {
        dryRun: input.dryRun,
        applied: !input.dryRun && !result.issues.length && !needsConfirmation,
        rowCount,
        issues: result.issues,
        summary: result.issues.length ? null : result.summary,
        changesToExistingChildren: result.changes,
        yearGroupChanges: result.yearGroupChanges,
        confirmationKey,
        needsConfirmation,
      };
      if (!report.applied) throw new RollbackPreview(report);
      for (const teacher of result.newTeachers) await sendSetPasswordLink(tx, deps, teacher, 'invite');
      return report;
    });
  } catch (error) {
    if (error instanceof RollbackPreview) return error.report;
    throw error;
  }
}

/** Names exactly these changes: if the stored children change between preview and import, it no longer matches. */
function keyOf(branchId: string, changes: ExistingChildChanges): string {
  return createHash('sha256')
    .update(JSON.stringify([branchId, changes]))
    .digest('hex');
}
