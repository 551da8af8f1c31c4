import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import {
  createCoreDeps,
  getEveningForGuardian,
  listEveningsForGuardian,
  ManualClock,
  proposeItinerary,
  silentLogger,
} from '@edutrack/core';
import { seedDemoSchool } from '../src/seed/demo-school.ts';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

describe('the demo school', () => {
  it('has a parents’ evening open for booking, where a parent of two gets a whole itinerary at once', async () => {
    const deps = createCoreDeps({
      db: testDb.db,
      clock: new ManualClock('2030-03-04T12:00:00Z'),
      log: silentLogger,
      publicUrl: 'http://localhost:3000',
    });
    expect(await seedDemoSchool(deps)).not.toBeNull();
    const row = await testDb.db.query.guardians.findFirst({ where: (g, { eq }) => eq(g.email, 'li.chen@example.com') });
    const liChen = { kind: 'guardian' as const, id: row!.id, email: row!.email, name: row!.name, language: null };
    const [evening] = await listEveningsForGuardian(deps, liChen);
    expect(evening).toMatchObject({ name: 'Spring parents’ evening', phase: 'open' });
    const view = await getEveningForGuardian(deps, liChen, evening!.id);
    expect(view.children.map((c) => c.name)).toEqual(['Maya Chen', 'Sam Chen']);
    const proposal = await proposeItinerary(deps, liChen, {
      eveningId: evening!.id,
      requests: view.children.map((c) => ({
        studentId: c.id,
        targetIds: c.targets.filter((t) => !t.joint).map((t) => t.id),
      })),
    });
    // Maya: Ms. Rivera and three subject teachers; Sam: Mr. Okafor and the same three.
    expect(proposal.meetings).toHaveLength(8);
    expect(proposal.spanMinutes).toBe(8 * 12 - 2);
  });
});
