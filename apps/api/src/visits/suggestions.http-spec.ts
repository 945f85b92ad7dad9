import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { PersonEntity } from '../people/person.entity';
import { CHARTER_VERSION } from '../volunteers/charter';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

/** Tuesday 8 January 2030, Paris winter time (UTC+1). */
const DAY = '2030-01-08';
const paris = (time: string) => new Date(`${DAY}T${time}:00+01:00`).toISOString();

describe('visit slot suggestions over HTTP (real database)', () => {
  let t: TestApp;
  let given: Given;
  let lille: CentreEntity;
  let senior: PersonEntity;
  let coordinator: string;
  const http = () => request(t.app.getHttpServer());
  const suggest = (auth = coordinator, query: Record<string, string> = {}) =>
    http()
      .get('/api/visits/suggestions')
      .query({ seniorId: senior.id, durationMinutes: '60', from: DAY, to: DAY, ...query })
      .set('Authorization', auth);
  /** A volunteer free on Tuesdays 14:00–18:00; eligible (charter signed) unless told otherwise. */
  const volunteer = async (
    values: { firstName: string; lastName: string; town?: string | null; towns?: string[] },
    eligible = true,
  ) => {
    const person = await given.person({
      role: 'volunteer',
      centre: lille,
      town: values.town ?? null,
      ...values,
    });
    if (eligible)
      await t.db.query(
        `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version) VALUES ($1, $2, $3)`,
        [person.centreId, person.id, CHARTER_VERSION],
      );
    await t.db.query(
      `INSERT INTO availability_windows (centre_id, volunteer_id, weekday, starts_at, ends_at)
       VALUES ($1, $2, 2, '14:00', '18:00')`,
      [person.centreId, person.id],
    );
    if (values.towns)
      await t.db.query(
        `INSERT INTO volunteer_profiles (volunteer_id, centre_id, towns) VALUES ($1, $2, $3)`,
        [person.id, person.centreId, values.towns],
      );
    return person;
  };

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    const federation = await given.federation();
    lille = await given.centre({ federation, name: 'Lille-Moulins' });
    senior = await given.person({ role: 'senior', centre: lille, firstName: 'Gisèle', town: 'Hellemmes' });
    coordinator = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: lille }))}`;
  });

  it('never suggests an ineligible volunteer', async () => {
    await volunteer({ firstName: 'Yves', lastName: 'Sanscharte' }, false);
    const camille = await volunteer({ firstName: 'Camille', lastName: 'Dubois' });

    const res = await suggest();

    expect(res.status).toBe(200);
    expect(res.body.suggestions.map((s: { volunteer: { id: string } }) => s.volunteer.id)).toEqual([
      camille.id,
    ]);
    expect(res.body.suggestions[0].slots).toEqual([
      { startsAt: '2030-01-08T13:00:00.000Z', endsAt: '2030-01-08T14:00:00.000Z' },
      { startsAt: '2030-01-08T13:30:00.000Z', endsAt: '2030-01-08T14:30:00.000Z' },
      { startsAt: '2030-01-08T14:00:00.000Z', endsAt: '2030-01-08T15:00:00.000Z' },
      { startsAt: '2030-01-08T14:30:00.000Z', endsAt: '2030-01-08T15:30:00.000Z' },
      { startsAt: '2030-01-08T15:00:00.000Z', endsAt: '2030-01-08T16:00:00.000Z' },
    ]);
  });

  it('proposes no slot overlapping an existing visit, travel buffer included', async () => {
    const camille = await volunteer({ firstName: 'Camille', lastName: 'Dubois' });
    const otherSenior = await given.person({ role: 'senior', centre: lille });
    const booked = await http()
      .post('/api/visits')
      .set('Authorization', coordinator)
      .send({
        seniorId: otherSenior.id,
        volunteerId: camille.id,
        startsAt: paris('14:30'),
        durationMinutes: 60,
      });
    expect(booked.status).toBe(201);

    const res = await suggest();

    // Busy 14:30–15:30, so with 30-minute buffers the next visit may start at 16:00 at the earliest.
    expect(res.status).toBe(200);
    const starts = res.body.suggestions[0].slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).toEqual([paris('16:00'), paris('16:30'), paris('17:00')]);
    expect(starts).not.toContain(paris('15:30'));
  });

  it('puts the volunteer of the senior’s town first, then one who coaches the senior', async () => {
    const far = await volunteer({ firstName: 'Alain', lastName: 'Ailleurs', town: 'Roubaix' });
    const coach = await volunteer({ firstName: 'Bruno', lastName: 'Coach', town: 'Lomme' });
    await given.assignment(coach, senior);
    const near = await volunteer({ firstName: 'Zoé', lastName: 'Voisine', towns: ['Lille', 'HELLEMMES'] });
    const neighbour = await volunteer({ firstName: 'Yann', lastName: 'Habitant', town: 'hellemmes' });

    const res = await suggest();

    expect(res.status).toBe(200);
    expect(
      res.body.suggestions.map((s: { volunteer: { id: string }; travel: string }) => [
        s.volunteer.id,
        s.travel,
      ]),
    ).toEqual([
      [neighbour.id, 'same_town'],
      [near.id, 'same_town'],
      [coach.id, 'coaches'],
      [far.id, 'elsewhere'],
    ]);
  });

  it('answers 404 to another centre’s coordinator', async () => {
    await volunteer({ firstName: 'Camille', lastName: 'Dubois' });
    const roubaix = await given.centre({ name: 'Roubaix' });
    const stranger = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: roubaix }))}`;

    const res = await suggest(stranger);

    expect(res.status).toBe(404);
  });

  it('refuses a range over 31 days', async () => {
    const res = await suggest(coordinator, { to: '2030-02-10' });
    expect(res.status).toBe(400);
  });
});
