import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import type { ReportScope } from './report-scope.ts';
import { scopeCtes } from './scope-sql.ts';

/** What the nudge email is filed under in the outbox: the dashboard reads the last one from there. */
export const NUDGE_MAIL_KIND = 'booking-nudge';

export interface FamilyNotBooked {
  guardianId: string;
  /** The name this school gave the parent (docs/decisions/013-guardian-tenancy.md). */
  guardianName: string;
  email: string;
  /** Their children in scope without any meeting booked, by name. */
  children: string[];
  lastNudgedAt: string | null;
}

/**
 * Parents of children in scope who have no meeting booked in the period (with any teacher). A parent
 * of two children is listed while either has none, naming only that child.
 */
export async function familiesNotBooked(db: Executor, scope: ReportScope): Promise<FamilyNotBooked[]> {
  const rows = await db.execute<{
    guardian_id: string;
    guardian_name: string;
    email: string;
    children: string[];
    last_nudged_at: string | null;
  }>(sql`WITH ${scopeCtes(scope)}
    SELECT g.id AS guardian_id, sg.name AS guardian_name, g.email,
      array_agg(k.name ORDER BY k.name) AS children,
      (SELECT max(o.created_at) FROM outbox_emails o
        WHERE o.school_id = ${scope.schoolId}::uuid AND o.kind = ${NUDGE_MAIL_KIND} AND o.to_address = g.email) AS last_nudged_at
    FROM kids k
    JOIN guardian_students gs ON gs.student_id = k.id
    JOIN guardians g ON g.id = gs.guardian_id
    JOIN school_guardians sg ON sg.guardian_id = g.id AND sg.school_id = ${scope.schoolId}::uuid
    WHERE NOT EXISTS (SELECT 1 FROM active a WHERE a.student_id = k.id)
    GROUP BY g.id, sg.name, g.email ORDER BY sg.name, g.id`);
  return rows.map((r) => ({
    guardianId: r.guardian_id,
    guardianName: r.guardian_name,
    email: r.email,
    children: r.children,
    lastNudgedAt: r.last_nudged_at ? new Date(r.last_nudged_at).toISOString() : null,
  }));
}
