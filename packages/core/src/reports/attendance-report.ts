import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import type { ReportScope } from './report-scope.ts';
import { scopeCtes } from './scope-sql.ts';

export interface TeacherAttendance {
  teacherId: string;
  teacherName: string;
  /** The parent was admitted into the call (settled as completed). */
  held: number;
  /** The room closed without the parent ever coming in. */
  noShow: number;
  cancelled: number;
  /** Still to come, or not settled yet (settling waits until the room has closed, 30 minutes after the end). */
  notYetSettled: number;
}

/**
 * Who came, per teacher: the meetings' settled outcomes (meetings/settle-meetings.ts decides them
 * from the attendance Daily reported), so this report and each meeting's own record always agree.
 */
export async function attendanceByTeacher(db: Executor, scope: ReportScope): Promise<TeacherAttendance[]> {
  const rows = await db.execute<{
    teacher_id: string;
    teacher_name: string;
    held: number;
    no_show: number;
    cancelled: number;
    not_yet_settled: number;
  }>(sql`WITH ${scopeCtes(scope)}
    SELECT t.id AS teacher_id, t.display_name AS teacher_name,
      count(*) FILTER (WHERE p.status = 'completed')::int AS held,
      count(*) FILTER (WHERE p.status = 'no_show')::int AS no_show,
      count(*) FILTER (WHERE p.status = 'cancelled')::int AS cancelled,
      count(*) FILTER (WHERE p.status = 'scheduled')::int AS not_yet_settled
    FROM in_period p JOIN staff t ON t.id = p.teacher_id
    GROUP BY t.id, t.display_name ORDER BY t.display_name, t.id`);
  return rows.map((r) => ({
    teacherId: r.teacher_id,
    teacherName: r.teacher_name,
    held: r.held,
    noShow: r.no_show,
    cancelled: r.cancelled,
    notYetSettled: r.not_yet_settled,
  }));
}
