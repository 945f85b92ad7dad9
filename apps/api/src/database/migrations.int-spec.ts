import type { DataSource } from 'typeorm';
import { Given } from '../../test/builders';
import { createTestDataSource, truncateAll } from '../../test/test-app';

describe('schema constraints (real database)', () => {
  let db: DataSource;
  let given: Given;

  beforeAll(async () => {
    db = await createTestDataSource();
    given = new Given(db);
  });
  afterAll(() => db.destroy());
  beforeEach(() => truncateAll(db));

  it('keeps federation admins without a centre and everyone else with one', async () => {
    const centre = await given.centre();
    await expect(
      db.query(
        `INSERT INTO people (federation_id, centre_id, role, first_name, last_name) VALUES ($1, $2, 'federation_admin', 'A', 'B')`,
        [centre.federationId, centre.id],
      ),
    ).rejects.toThrow(/people_centre_matches_role/);
    await expect(
      db.query(
        `INSERT INTO people (federation_id, role, first_name, last_name) VALUES ($1, 'volunteer', 'A', 'B')`,
        [centre.federationId],
      ),
    ).rejects.toThrow(/people_centre_matches_role/);
  });

  it('never stores a password for a senior', async () => {
    const centre = await given.centre();
    await expect(
      db.query(
        `INSERT INTO people (federation_id, centre_id, role, first_name, last_name, password_hash) VALUES ($1, $2, 'senior', 'A', 'B', 'x')`,
        [centre.federationId, centre.id],
      ),
    ).rejects.toThrow(/seniors_have_no_password/);
  });

  it('refuses a person whose centre belongs to another federation', async () => {
    const centre = await given.centre();
    const otherFederation = await given.federation();
    await expect(
      db.query(
        `INSERT INTO people (federation_id, centre_id, role, first_name, last_name) VALUES ($1, $2, 'senior', 'A', 'B')`,
        [otherFederation.id, centre.id],
      ),
    ).rejects.toThrow(/people_centre_in_own_federation/);
  });

  it('refuses a coaching link between people of different centres', async () => {
    const lille = await given.centre();
    const arques = await given.centre();
    const volunteer = await given.person({ role: 'volunteer', centre: arques });
    const senior = await given.person({ role: 'senior', centre: lille });
    await expect(
      db.query(`INSERT INTO coaching_assignments (centre_id, volunteer_id, senior_id) VALUES ($1, $2, $3)`, [
        lille.id,
        volunteer.id,
        senior.id,
      ]),
    ).rejects.toThrow(/coaching_volunteer_in_centre/);
  });

  it('treats e-mails as unique regardless of case', async () => {
    const centre = await given.centre();
    await given.person({ role: 'volunteer', centre, email: 'Camille@Exemple.fr' });
    await expect(given.person({ role: 'volunteer', centre, email: 'camille@exemple.fr' })).rejects.toThrow(
      /people_email_unique/,
    );
  });

  it('keeps one open coaching link per pair', async () => {
    const centre = await given.centre();
    const volunteer = await given.person({ role: 'volunteer', centre });
    const senior = await given.person({ role: 'senior', centre });
    await given.assignment(volunteer, senior);
    await expect(given.assignment(volunteer, senior)).rejects.toThrow(/one_open_assignment_per_pair/);
  });

  it('returns date-only values as YYYY-MM-DD strings, whatever the time zone', async () => {
    const [row] = await db.query(`SELECT DATE '2026-10-25' AS day`);
    expect(row.day).toBe('2026-10-25');
  });

  it('has every tenant-scoped table carry its centre id', async () => {
    // Tables that are not tenant data: the tenants themselves, shared reference data, sessions.
    const global = ['centres', 'competences', 'federations', 'migrations', 'refresh_tokens'];
    const tables: Array<{ table_name: string }> = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const withCentre: Array<{ table_name: string }> = await db.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'centre_id'`,
    );
    const missing = tables
      .map((t) => t.table_name)
      .filter((t) => !global.includes(t) && !withCentre.some((c) => c.table_name === t));
    expect(missing).toEqual([]);
    expect(withCentre.length).toBeGreaterThanOrEqual(10);
  });
});
