import { sql } from 'drizzle-orm';
import type { ReportScope } from './report-scope.ts';

const uuids = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * The common table expressions every report starts from: `kids` (the children in scope), `staff`
 * (the teachers in scope) and `active` (their meetings in the period that were not cancelled).
 */
export function scopeCtes(scope: ReportScope) {
  const kidFilter = scope.studentIds ? sql`AND s.id = ANY(${uuids(scope.studentIds)})` : sql``;
  const teacherFilter = scope.teacherIds ? sql`AND u.id = ANY(${uuids(scope.teacherIds)})` : sql``;
  return sql`
    kids AS (SELECT s.id, s.name FROM students s WHERE s.branch_id = ${scope.branchId}::uuid ${kidFilter}),
    staff AS (
      SELECT u.id, u.display_name FROM staff_users u
      JOIN staff_roles r ON r.staff_id = u.id AND r.branch_id = ${scope.branchId}::uuid
      WHERE true ${teacherFilter}),
    in_period AS (
      SELECT a.id, a.teacher_id, a.student_id, a.status FROM appointments a
      WHERE a.branch_id = ${scope.branchId}::uuid
        AND a.starts_at >= ${scope.from.toISOString()}::timestamptz AND a.starts_at < ${scope.to.toISOString()}::timestamptz
        AND a.student_id IN (SELECT id FROM kids) AND a.teacher_id IN (SELECT id FROM staff)),
    active AS (SELECT * FROM in_period WHERE status <> 'cancelled')`;
}
