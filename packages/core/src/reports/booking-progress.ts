import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import { compareYearGroups } from '../directory/classes.ts';
import type { ReportScope } from './report-scope.ts';
import { classFilter, scopeCtes } from './scope-sql.ts';

interface TeacherBookingProgress {
  teacherId: string;
  teacherName: string;
  /** Children in the teacher's classes. */
  children: number;
  /** Of those, children with a meeting booked with this teacher. */
  childrenBooked: number;
  /** Every booked meeting with the teacher (also joint ones, and with children from outside their classes). */
  meetings: number;
}

interface GroupBookingProgress {
  id: string;
  name: string;
  children: number;
  /** Children with at least one meeting booked, with any teacher. */
  childrenBooked: number;
}

export interface BookingProgress {
  overall: { children: number; childrenBooked: number; meetings: number };
  teachers: TeacherBookingProgress[];
  classes: GroupBookingProgress[];
  /** Per year group (`id` and `name` are its label); classes without one are left out. */
  yearGroups: GroupBookingProgress[];
}

/** How far booking has got: per teacher, class, year group and overall, counting meetings that are not cancelled. */
export async function bookingProgress(db: Executor, scope: ReportScope): Promise<BookingProgress> {
  const ctes = scopeCtes(scope);
  const teachers = await db.execute<{
    teacher_id: string;
    teacher_name: string;
    children: number;
    children_booked: number;
    meetings: number;
  }>(sql`WITH ${ctes},
      taught AS (
        SELECT DISTINCT ct.staff_id AS teacher_id, cs.student_id FROM class_teachers ct
        JOIN classes c ON c.id = ct.class_id AND c.branch_id = ${scope.branchId}::uuid
        JOIN class_students cs ON cs.class_id = c.id
        WHERE cs.student_id IN (SELECT id FROM kids) AND ct.staff_id IN (SELECT id FROM staff) ${classFilter(scope)})
    SELECT t.id AS teacher_id, t.display_name AS teacher_name,
      (SELECT count(*) FROM taught x WHERE x.teacher_id = t.id)::int AS children,
      (SELECT count(*) FROM taught x WHERE x.teacher_id = t.id
         AND EXISTS (SELECT 1 FROM active a WHERE a.teacher_id = t.id AND a.student_id = x.student_id))::int AS children_booked,
      (SELECT count(*) FROM active a WHERE a.teacher_id = t.id)::int AS meetings
    FROM staff t
    -- An evening lists every teacher taking part, also those nobody has booked yet.
    WHERE ${scope.kind === 'evening'}::boolean OR EXISTS (SELECT 1 FROM taught x WHERE x.teacher_id = t.id)
      OR EXISTS (SELECT 1 FROM in_period a WHERE a.teacher_id = t.id)
    ORDER BY t.display_name, t.id`);
  const classes = await db.execute<{ id: string; name: string; children: number; children_booked: number }>(sql`
    WITH ${ctes}
    SELECT c.id, c.name, count(*)::int AS children,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM active a WHERE a.student_id = cs.student_id))::int AS children_booked
    FROM classes c JOIN class_students cs ON cs.class_id = c.id
    WHERE c.branch_id = ${scope.branchId}::uuid AND cs.student_id IN (SELECT id FROM kids) ${classFilter(scope, sql`c.id`)}
    GROUP BY c.id, c.name ORDER BY c.name`);
  // A child in two classes of one year group counts once for it.
  const yearGroups = await db.execute<{ name: string; children: number; children_booked: number }>(sql`
    WITH ${ctes}
    SELECT c.year_group AS name, count(DISTINCT cs.student_id)::int AS children,
      count(DISTINCT cs.student_id) FILTER (
        WHERE EXISTS (SELECT 1 FROM active a WHERE a.student_id = cs.student_id))::int AS children_booked
    FROM classes c JOIN class_students cs ON cs.class_id = c.id
    WHERE c.branch_id = ${scope.branchId}::uuid AND c.year_group IS NOT NULL
      AND cs.student_id IN (SELECT id FROM kids) ${classFilter(scope, sql`c.id`)}
    GROUP BY c.year_group`);
  const [overall] = await db.execute<{ children: number; children_booked: number; meetings: number }>(sql`
    WITH ${ctes}
    SELECT (SELECT count(*) FROM kids)::int AS children,
      (SELECT count(*) FROM kids k WHERE EXISTS (SELECT 1 FROM active a WHERE a.student_id = k.id))::int AS children_booked,
      (SELECT count(DISTINCT id) FROM active)::int AS meetings`);
  return {
    overall: { children: overall!.children, childrenBooked: overall!.children_booked, meetings: overall!.meetings },
    teachers: teachers.map((r) => ({
      teacherId: r.teacher_id,
      teacherName: r.teacher_name,
      children: r.children,
      childrenBooked: r.children_booked,
      meetings: r.meetings,
    })),
    classes: classes.map((r) => ({ id: r.id, name: r.name, children: r.children, childrenBooked: r.children_booked })),
    yearGroups: yearGroups
      .map((r) => ({ id: r.name, name: r.name, children: r.children, childrenBooked: r.children_booked }))
      .sort((a, b) => compareYearGroups(a.name, b.name)),
  };
}
