import type { DataSource } from 'typeorm';
import type { CentreEntity } from '../centres/centre.entity';
import type { PersonEntity } from '../people/person.entity';
import { Given } from '../../test/builders';
import { createTestDataSource, truncateAll } from '../../test/test-app';

describe('visit constraints (real database)', () => {
  let db: DataSource;
  let given: Given;
  let centre: CentreEntity;
  let volunteer: PersonEntity;
  let senior: PersonEntity;
  const insert = (values: {
    startsAt: string;
    endsAt: string;
    volunteerId?: string;
    seniorId?: string;
    status?: string;
  }) =>
    db.query(
      `INSERT INTO visits (centre_id, senior_id, volunteer_id, starts_at, ends_at, status, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, busy::text AS busy`,
      [
        centre.id,
        values.seniorId ?? senior.id,
        values.volunteerId ?? volunteer.id,
        values.startsAt,
        values.endsAt,
        values.status ?? 'planned',
        values.status === 'cancelled' ? 'cancelled_by_senior' : null,
      ],
    );

  beforeAll(async () => {
    db = await createTestDataSource();
    given = new Given(db);
  });
  afterAll(() => db.destroy());
  beforeEach(async () => {
    await truncateAll(db);
    centre = await given.centre();
    volunteer = await given.person({ role: 'volunteer', centre });
    senior = await given.person({ role: 'senior', centre });
  });

  it('widens each visit by half its travel buffer on both sides', async () => {
    const [row] = await insert({ startsAt: '2026-10-14T12:00:00Z', endsAt: '2026-10-14T13:00:00Z' });

    expect(row.busy).toBe('["2026-10-14 11:45:00+00","2026-10-14 13:15:00+00")');
  });

  it('refuses overlapping visits per volunteer and per senior, by named constraints', async () => {
    const otherSenior = await given.person({ role: 'senior', centre });
    const otherVolunteer = await given.person({ role: 'volunteer', centre });
    await insert({ startsAt: '2026-10-14T12:00:00Z', endsAt: '2026-10-14T13:00:00Z' });

    await expect(
      insert({ seniorId: otherSenior.id, startsAt: '2026-10-14T13:20:00Z', endsAt: '2026-10-14T14:00:00Z' }),
    ).rejects.toThrow(/no_overlapping_visits_per_volunteer/);
    await expect(
      insert({
        volunteerId: otherVolunteer.id,
        startsAt: '2026-10-14T12:30:00Z',
        endsAt: '2026-10-14T13:30:00Z',
      }),
    ).rejects.toThrow(/no_overlapping_visits_per_senior/);
    // exactly the buffer apart: the half-open ranges only touch
    await expect(
      insert({ seniorId: otherSenior.id, startsAt: '2026-10-14T13:30:00Z', endsAt: '2026-10-14T14:00:00Z' }),
    ).resolves.toHaveLength(1);
  });

  it('ignores cancelled visits, and refuses to revive one onto a taken slot', async () => {
    const [cancelled] = await insert({
      startsAt: '2026-10-14T12:00:00Z',
      endsAt: '2026-10-14T13:00:00Z',
      status: 'cancelled',
    });
    await insert({ startsAt: '2026-10-14T12:00:00Z', endsAt: '2026-10-14T13:00:00Z' });

    await expect(
      db.query(`UPDATE visits SET status = 'planned', outcome = NULL WHERE id = $1`, [cancelled.id]),
    ).rejects.toThrow(/no_overlapping_visits_per_volunteer/);
  });

  it('keeps the senior and the volunteer in the visit’s centre', async () => {
    const elsewhere = await given.person({ role: 'volunteer', centre: await given.centre() });

    await expect(
      insert({ volunteerId: elsewhere.id, startsAt: '2026-10-14T12:00:00Z', endsAt: '2026-10-14T13:00:00Z' }),
    ).rejects.toThrow(/visits_volunteer_in_centre/);
    await expect(
      insert({ startsAt: '2026-10-14T12:00:00Z', endsAt: '2026-10-14T12:00:00Z' }),
    ).rejects.toThrow(/visits_ends_after_start/);
  });
});
