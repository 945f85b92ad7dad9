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
    values: {
      firstName: string;
      lastName: string;
      town?: string | null;
      towns?: string[];
      travelMode?: string;
      maxVisitsPerWeek?: number;
    },
    eligible = true,
  ) => {
    const person = await given.person({
      role: 'volunteer',
      centre: lille,
      town: values.town ?? null,
      firstName: values.firstName,
      lastName: values.lastName,
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
    if (values.towns || values.travelMode || values.maxVisitsPerWeek)
      await t.db.query(
        `INSERT INTO volunteer_profiles (volunteer_id, centre_id, towns, travel_mode, max_visits_per_week)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          person.id,
          person.centreId,
          values.towns ?? [],
          values.travelMode ?? null,
          values.maxVisitsPerWeek ?? null,
        ],
      );
    return person;
  };

  /** A one-hour visit of the volunteer at another senior's. */
  const bookWithAnotherSenior = async (person: PersonEntity, startsAt: string) => {
    const otherSenior = await given.person({ role: 'senior', centre: lille });
    const booked = await http()
      .post('/api/visits')
      .set('Authorization', coordinator)
      .send({ seniorId: otherSenior.id, volunteerId: person.id, startsAt, durationMinutes: 60 });
    expect(booked.status).toBe(201);
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
    await bookWithAnotherSenior(camille, paris('14:30'));

    const res = await suggest();

    // Busy 14:30–15:30, so with 30-minute buffers the next visit may start at 16:00 at the earliest.
    expect(res.status).toBe(200);
    const starts = res.body.suggestions[0].slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).toEqual([paris('16:00'), paris('16:30'), paris('17:00')]);
    expect(starts).not.toContain(paris('15:30'));
  });

  it('orders volunteers by the estimated journey to the senior’s town, by their means of travel', async () => {
    const far = await volunteer({ firstName: 'Alain', lastName: 'Ailleurs', town: 'Roubaix' });
    const driver = await volunteer({
      firstName: 'Denise',
      lastName: 'Auvolant',
      town: 'Roubaix',
      travelMode: 'car',
    });
    const coach = await volunteer({ firstName: 'Bruno', lastName: 'Coach', town: 'Lomme' });
    await given.assignment(coach, senior);
    const near = await volunteer({ firstName: 'Zoé', lastName: 'Voisine', towns: ['Lille', 'HELLEMMES'] });
    const neighbour = await volunteer({ firstName: 'Yann', lastName: 'Habitant', town: 'hellemmes' });
    const unknown = await volunteer({ firstName: 'Inès', lastName: 'Inconnue', town: 'Nulle-Part-sur-Rien' });

    const res = await suggest();

    expect(res.status).toBe(200);
    type Row = {
      volunteer: { id: string };
      estimate: {
        fromTown: string;
        toTown: string;
        distanceKm: number;
        minutes: number;
        mode: string | null;
      } | null;
      coversTown: boolean;
      coaches: boolean;
    };
    const rows = res.body.suggestions as Row[];
    // Same journey (Hellemmes is part of Lille): the one who says they cover the town comes first. By
    // car from Roubaix (≈ 13 km) is quicker than by bus and tram from Lomme (≈ 6 km).
    expect(rows.map((r) => r.volunteer.id)).toEqual([
      near.id,
      neighbour.id,
      driver.id,
      coach.id,
      far.id,
      unknown.id,
    ]);
    const byId = new Map(rows.map((r) => [r.volunteer.id, r]));
    expect(byId.get(near.id)).toMatchObject({
      coversTown: true,
      coaches: false,
      estimate: { fromTown: 'Lille', toTown: 'Lille', distanceKm: 1.5, mode: null },
    });
    expect(byId.get(coach.id)).toMatchObject({ coversTown: false, coaches: true });
    expect(byId.get(coach.id)!.estimate).toMatchObject({ fromTown: 'Lomme', toTown: 'Lille' });
    // Roubaix → Lille: about 13 km by road; a car is much faster than buses and trams.
    const drive = byId.get(driver.id)!.estimate!;
    const ride = byId.get(far.id)!.estimate!;
    expect(drive).toMatchObject({ fromTown: 'Roubaix', mode: 'car' });
    expect(drive.distanceKm).toBeGreaterThan(11);
    expect(drive.distanceKm).toBeLessThan(16);
    expect(ride.distanceKm).toBe(drive.distanceKm);
    expect(drive.minutes).toBeLessThan(ride.minutes);
    expect(byId.get(unknown.id)!.estimate).toBeNull();
  });

  it('proposes no slot in a week the volunteer’s profile says is full', async () => {
    const busy = await volunteer({ firstName: 'Paul', lastName: 'Pris', maxVisitsPerWeek: 1 });
    await bookWithAnotherSenior(busy, paris('14:00'));

    const sameWeek = await suggest();
    const nextWeek = await suggest(coordinator, { from: DAY, to: '2030-01-15' });

    expect(sameWeek.body.suggestions).toEqual([]);
    expect(nextWeek.body.suggestions).toHaveLength(1);
    expect(nextWeek.body.suggestions[0].maxVisitsPerWeek).toBe(1);
    const starts: string[] = nextWeek.body.suggestions[0].slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts.every((s) => s.startsWith('2030-01-15'))).toBe(true);
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
