import request from 'supertest';
import type { PersonEntity } from '../people/person.entity';
import { CHARTER_VERSION } from '../volunteers/charter';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

const GROUPS = 20;
const ATTEMPTS_PER_GROUP = 10;

describe('concurrent bookings for one volunteer (real database)', () => {
  let t: TestApp;
  let given: Given;

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
    await truncateAll(t.db);
  });
  afterAll(() => t.close());

  it('lets exactly one booking per overlapping group succeed out of 200 racing attempts', async () => {
    const centre = await given.centre();
    const volunteer = await given.person({ role: 'volunteer', centre });
    await t.db.query(
      `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version) VALUES ($1, $2, $3)`,
      [centre.id, volunteer.id, CHARTER_VERSION],
    );
    const seniors: PersonEntity[] = [];
    for (let i = 0; i < ATTEMPTS_PER_GROUP; i++) seniors.push(await given.person({ role: 'senior', centre }));
    const auth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre }))}`;
    // 20 groups three hours apart; inside a group the 10 attempts start 0 to 9 minutes after the group's
    // hour, each with another senior: they all overlap one another, and no two groups come within the
    // 30-minute travel buffer. Exactly 20 can win, whichever they are.
    const base = Date.parse('2026-10-05T06:00:00Z');
    const attempts = Array.from({ length: GROUPS * ATTEMPTS_PER_GROUP }, (_, i) => {
      const group = i % GROUPS;
      const offset = Math.floor(i / GROUPS);
      return {
        group,
        body: {
          seniorId: seniors[offset]!.id,
          volunteerId: volunteer.id,
          startsAt: new Date(base + group * 3 * 3600_000 + offset * 60_000).toISOString(),
          durationMinutes: 60,
          travelBufferMinutes: 30,
        },
      };
    });

    const started = Date.now();
    const responses = await Promise.all(
      attempts.map((a) =>
        request(t.app.getHttpServer()).post('/api/visits').set('Authorization', auth).send(a.body),
      ),
    );
    const elapsedMs = Date.now() - started;

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(GROUPS);
    expect(statuses.filter((s) => s === 409)).toHaveLength(GROUPS * (ATTEMPTS_PER_GROUP - 1));
    const winners = new Map<number, string>();
    responses.forEach((r, i) => {
      if (r.status === 201) winners.set(attempts[i]!.group, r.body.id);
    });
    expect(winners.size).toBe(GROUPS);
    // Every refusal names the visit that won its group.
    responses.forEach((r, i) => {
      if (r.status !== 409) return;
      expect(r.body.code).toBe('visit_conflict');
      expect(r.body.details.conflicts.map((c: { visit: { id: string } }) => c.visit.id)).toEqual([
        winners.get(attempts[i]!.group),
      ]);
    });
    const [{ overlapping }] = await t.db.query(
      `SELECT count(*)::int AS overlapping
         FROM visits a JOIN visits b ON a.id < b.id AND a.volunteer_id = b.volunteer_id
        WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
          AND a.starts_at < b.ends_at + make_interval(mins => b.travel_buffer_minutes)
          AND b.starts_at < a.ends_at + make_interval(mins => a.travel_buffer_minutes)`,
    );
    expect(overlapping).toBe(0);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM visits`))[0].n).toBe(GROUPS);
    process.stdout.write(`    200 concurrent booking attempts: ${elapsedMs} ms\n`);
  }, 120_000);
});
