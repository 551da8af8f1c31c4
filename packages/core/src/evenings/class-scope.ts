import { sql, type SQL } from 'drizzle-orm';
import { uuidArray } from './sql-arrays.ts';

/** What an evening is for: chosen classes and chosen year groups (docs/decisions/014-parents-evenings.md). */
export interface ClassScope {
  classIds: readonly string[];
  yearGroups: readonly string[];
}

/**
 * A condition on `classId`: one of the chosen classes, or a class in one of the chosen year groups;
 * nothing chosen: every class. Year groups are matched when asked, so a class moved into a chosen
 * year group by a later roster import is in scope. The labels travel as one JSON parameter because
 * a label may hold commas or quotes that a PostgreSQL array literal would split.
 */
export function classInScope(scope: ClassScope, classId: SQL): SQL {
  if (!scope.classIds.length && !scope.yearGroups.length) return sql`true`;
  return sql`(${classId} = ANY(${uuidArray(scope.classIds)}) OR ${classId} IN (
    SELECT yc.id FROM classes yc
    WHERE yc.year_group IN (SELECT jsonb_array_elements_text(${JSON.stringify(scope.yearGroups)}::jsonb))))`;
}
