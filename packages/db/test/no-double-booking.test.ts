import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments } from '../src/schema/index.ts';
import { createTestDatabase, insertSchoolWorld, type SchoolWorld, type TestDatabase } from '../src/testing/index.ts';

let testDb: TestDatabase;
let world: SchoolWorld;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await insertSchoolWorld(testDb.db);
});
afterAll(() => testDb.drop());

const at = (iso: string) => new Date(iso);
function appointmentRow(teacherId: string, family: SchoolWorld['a']['family1'], start: string, end: string) {
  return {
    branchId: world.a.branch.id,
    teacherId,
    guardianId: family.guardian.id,
    studentId: family.student.id,
    startsAt: at(start),
    endsAt: at(end),
    createdByKind: 'staff' as const,
    createdById: teacherId,
  };
}

describe('exclusion constraints on appointments', () => {
  it('rejects a teacher overlap but allows back-to-back meetings and overlaps with cancelled ones', async () => {
    const { teacher1, family1, family2 } = world.a;
    await testDb.db
      .insert(appointments)
      .values(appointmentRow(teacher1.id, family1, '2030-01-01T17:00Z', '2030-01-01T17:10Z'));
    // Adjacent: [17:10, 17:20) touches but does not overlap [17:00, 17:10).
    await testDb.db
      .insert(appointments)
      .values(appointmentRow(teacher1.id, family2, '2030-01-01T17:10Z', '2030-01-01T17:20Z'));
    await expect(
      testDb.db
        .insert(appointments)
        .values(appointmentRow(teacher1.id, family2, '2030-01-01T17:05Z', '2030-01-01T17:15Z')),
    ).rejects.toMatchObject({ cause: { code: '23P01', constraint_name: 'appointments_teacher_no_overlap' } });

    await testDb.db.execute(sql`UPDATE appointments SET status = 'cancelled', cancelled_at = now()
      WHERE teacher_id = ${teacher1.id} AND starts_at = '2030-01-01T17:10Z'`);
    await testDb.db
      .insert(appointments)
      .values(appointmentRow(teacher1.id, family2, '2030-01-01T17:12Z', '2030-01-01T17:18Z'));
  });

  it('rejects a guardian in two meetings at once with different teachers', async () => {
    const { teacher1, teacher2, family3 } = world.a;
    await testDb.db
      .insert(appointments)
      .values(appointmentRow(teacher2.id, family3, '2030-02-01T17:00Z', '2030-02-01T17:10Z'));
    await expect(
      testDb.db
        .insert(appointments)
        .values(appointmentRow(teacher1.id, family3, '2030-02-01T17:09Z', '2030-02-01T17:19Z')),
    ).rejects.toMatchObject({ cause: { code: '23P01', constraint_name: 'appointments_guardian_no_overlap' } });
  });
});
