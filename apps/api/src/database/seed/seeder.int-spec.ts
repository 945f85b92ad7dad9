import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { createTestDataSource, databaseUrl, truncateAll } from '../../../test/test-app';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { seedIfEmpty } from './seeder';

describe('demo data seeding (real database)', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await createTestDataSource();
  });
  afterAll(async () => {
    await truncateAll(db);
    await db.destroy();
  });
  beforeEach(() => truncateAll(db));

  it('seeds the Nord-Pas-de-Calais federation once, and never twice', async () => {
    // when
    const first = await seedIfEmpty(databaseUrl());
    const second = await seedIfEmpty(databaseUrl());
    // then
    expect(first).toMatchObject({ centres: 3, people: DEMO_PEOPLE.length });
    expect(second).toBeNull();
    const [fed] = await db.query('SELECT name FROM federations');
    expect(fed.name).toBe('Fédération des centres sociaux Nord-Pas-de-Calais');
    const counts: Array<{ role: string; n: number }> = await db.query(
      `SELECT role, count(*)::int AS n FROM people GROUP BY role ORDER BY role`,
    );
    const byRole = Object.fromEntries(counts.map((c) => [c.role, c.n]));
    expect(byRole.federation_admin).toBe(1);
    expect(byRole.coordinator).toBeGreaterThanOrEqual(3);
    expect(byRole.volunteer).toBeGreaterThanOrEqual(10);
    expect(byRole.senior).toBeGreaterThanOrEqual(55);
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM centre_memberships WHERE ended_at IS NULL`,
    );
    expect(open).toBe(DEMO_PEOPLE.filter((p) => p.centreKey).length);
  });

  it('lets every documented demo login sign in with the demo password', async () => {
    await seedIfEmpty(databaseUrl());
    const logins = [
      'federation@passerelle.demo',
      'coordination.lille-moulins@passerelle.demo',
      'coordination.roubaix@passerelle.demo',
      'coordination.arques@passerelle.demo',
      'camille.dubois@passerelle.demo',
    ];
    for (const email of logins) {
      const [row] = await db.query('SELECT password_hash, active FROM people WHERE email = $1', [email]);
      expect(row?.active).toBe(true);
      await expect(argon2.verify(row.password_hash, DEMO_PASSWORD)).resolves.toBe(true);
    }
    const [{ seniors }] = await db.query(
      `SELECT count(*)::int AS seniors FROM coaching_assignments a JOIN people v ON v.id = a.volunteer_id
        WHERE v.email = 'camille.dubois@passerelle.demo' AND a.ended_at IS NULL`,
    );
    expect(seniors).toBeGreaterThanOrEqual(4);
  });
});
