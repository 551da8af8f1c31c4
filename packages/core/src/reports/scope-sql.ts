import { sql } from 'drizzle-orm';
import { classInScope } from '../evenings/class-scope.ts';
import type { ReportScope } from './report-scope.ts';

/** The classes a report is about: an evening's chosen classes and year groups (none chosen: all), or every class. */
export function classFilter(scope: ReportScope, classId = sql`cs.class_id`) {
  return scope.kind === 'evening' ? sql`AND ${classInScope(scope, classId)}` : sql``;
}

/**
 * The common table expressions every report starts from: `kids` (the children in scope), `staff`
 * (the teachers in scope), `in_period` (one row per meeting and teacher: a joint meeting counts for
 * each of its teachers, from appointment_teachers) and `active` (those not cancelled).
 */
export function scopeCtes(scope: ReportScope) {
  const b = sql`${scope.branchId}::uuid`;
  if (scope.kind === 'evening') {
    const e = sql`${scope.eveningId}::uuid`;
    return sql`
      staff AS (
        SELECT u.id, u.display_name FROM staff_users u JOIN evening_teachers et ON et.teacher_id = u.id AND et.evening_id = ${e}),
      kids AS (
        SELECT s.id, s.name FROM students s WHERE s.branch_id = ${b} AND EXISTS (
          SELECT 1 FROM class_students cs JOIN class_teachers ct ON ct.class_id = cs.class_id
          WHERE cs.student_id = s.id AND ct.staff_id IN (SELECT id FROM staff) ${classFilter(scope)})),
      in_period AS (
        SELECT a.id, t.teacher_id, a.student_id, a.status FROM appointments a
        JOIN appointment_teachers t ON t.appointment_id = a.id
        WHERE a.evening_id = ${e} AND a.student_id IN (SELECT id FROM kids) AND t.teacher_id IN (SELECT id FROM staff)),
      active AS (SELECT * FROM in_period WHERE status <> 'cancelled')`;
  }
  return sql`
    kids AS (SELECT s.id, s.name FROM students s WHERE s.branch_id = ${b}),
    staff AS (
      SELECT u.id, u.display_name FROM staff_users u JOIN staff_roles r ON r.staff_id = u.id AND r.branch_id = ${b}),
    in_period AS (
      SELECT a.id, t.teacher_id, a.student_id, a.status FROM appointments a
      JOIN appointment_teachers t ON t.appointment_id = a.id
      WHERE a.branch_id = ${b}
        AND a.starts_at >= ${scope.from.toISOString()}::timestamptz AND a.starts_at < ${scope.to.toISOString()}::timestamptz),
    active AS (SELECT * FROM in_period WHERE status <> 'cancelled')`;
}
