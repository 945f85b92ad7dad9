import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import { CHARTER_VERSION } from '../volunteers/charter';
import { Given } from '../../test/builders';
import { publishedCourse } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

/** A Paris wall-clock time in October 2026 (summer time until the 25th: UTC+2). */
const paris = (day: string, time: string) =>
  new Date(`${day}T${time}:00${day < '2026-10-25' ? '+02:00' : '+01:00'}`).toISOString();

describe('home visits over HTTP (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let senior: PersonEntity;
  let volunteer: PersonEntity;
  let coordinator: string;
  const http = () => request(t.app.getHttpServer());
  const bearer = async (person: PersonEntity) => `Bearer ${await tokenFor(t, person)}`;
  const book = (body: Record<string, unknown>, auth = coordinator) =>
    http()
      .post('/api/visits')
      .set('Authorization', auth)
      .send({ seniorId: senior.id, volunteerId: volunteer.id, ...body });
  const signCharter = (person: PersonEntity) =>
    t.db.query(
      `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version) VALUES ($1, $2, $3)`,
      [person.centreId, person.id, CHARTER_VERSION],
    );

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    federation = await given.federation();
    lille = await given.centre({ federation, name: 'Lille-Moulins' });
    roubaix = await given.centre({ federation, name: 'Roubaix' });
    senior = await given.person({ role: 'senior', centre: lille, firstName: 'Gisèle', lastName: 'Vandamme' });
    volunteer = await given.person({
      role: 'volunteer',
      centre: lille,
      firstName: 'Camille',
      lastName: 'Dubois',
    });
    await signCharter(volunteer);
    coordinator = await bearer(await given.person({ role: 'coordinator', centre: lille }));
  });

  it('books a visit at the senior’s home with its purpose, readable by its volunteer', async () => {
    const course = await publishedCourse(t.db, { federation });

    const booked = await book({
      startsAt: paris('2026-10-14', '14:00'),
      durationMinutes: 90,
      purpose: { courseIds: [course.id], lessonKeys: ['l1'], note: '  Visio avec sa fille ' },
    });

    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      centreId: lille.id,
      senior: { id: senior.id, firstName: 'Gisèle' },
      volunteer: { id: volunteer.id, lastName: 'Dubois' },
      startsAt: '2026-10-14T12:00:00.000Z',
      endsAt: '2026-10-14T13:30:00.000Z',
      travelBufferMinutes: 30,
      place: 'home',
      status: 'planned',
      outcome: null,
      seriesId: null,
      purpose: { courseIds: [course.id], lessonKeys: ['l1'], note: 'Visio avec sa fille' },
    });
    const asVolunteer = await http()
      .get(`/api/visits/${booked.body.id}`)
      .set('Authorization', await bearer(volunteer));
    expect(asVolunteer.status).toBe(200);
  });

  it('refuses an overlap for the volunteer with 409 naming the visit, keeping the travel buffer', async () => {
    const first = await book({ startsAt: paris('2026-10-14', '13:00'), durationMinutes: 60 });
    const otherSenior = await given.person({
      role: 'senior',
      centre: lille,
      firstName: 'Marcel',
      lastName: 'Leroy',
    });

    const tooClose = await book({ seniorId: otherSenior.id, startsAt: paris('2026-10-14', '14:10') });

    expect(tooClose.status).toBe(409);
    expect(tooClose.body).toMatchObject({
      code: 'visit_conflict',
      message: expect.stringContaining('Camille Dubois a déjà une visite le mercredi 14 octobre à 13:00'),
      details: {
        conflicts: [
          {
            clash: 'volunteer',
            visit: {
              id: first.body.id,
              startsAt: '2026-10-14T11:00:00.000Z',
              endsAt: '2026-10-14T12:00:00.000Z',
              travelBufferMinutes: 30,
              senior: { firstName: 'Gisèle' },
              volunteer: { id: volunteer.id },
            },
          },
        ],
      },
    });
    const farEnough = await book({ seniorId: otherSenior.id, startsAt: paris('2026-10-14', '14:40') });
    expect(farEnough.status).toBe(201);
  });

  it('refuses two volunteers at one senior’s at once (senior exclusion)', async () => {
    const second = await given.person({ role: 'volunteer', centre: lille });
    await signCharter(second);
    await book({ startsAt: paris('2026-10-15', '10:00') });

    const clash = await book({ volunteerId: second.id, startsAt: paris('2026-10-15', '10:30') });

    expect(clash.status).toBe(409);
    expect(clash.body.details.conflicts).toEqual([
      expect.objectContaining({
        clash: 'senior',
        visit: expect.objectContaining({ senior: expect.objectContaining({ id: senior.id }) }),
      }),
    ]);
  });

  it('lets a cancelled visit free its slot, and moves visits under the same rules', async () => {
    const first = await book({ startsAt: paris('2026-10-16', '10:00') });
    const cancelled = await http()
      .post(`/api/visits/${first.body.id}/cancel`)
      .set('Authorization', coordinator)
      .send({ outcome: 'cancelled_by_senior', reason: 'Rendez-vous chez le médecin' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      outcome: 'cancelled_by_senior',
      cancelledReason: 'Rendez-vous chez le médecin',
    });

    const again = await book({ startsAt: paris('2026-10-16', '10:00') });
    expect(again.status).toBe(201);
    const later = await book({ startsAt: paris('2026-10-16', '14:00') });
    const moveOnto = await http()
      .patch(`/api/visits/${later.body.id}`)
      .set('Authorization', coordinator)
      .send({ startsAt: paris('2026-10-16', '10:45') });
    expect(moveOnto.status).toBe(409);
    expect(moveOnto.body.details.conflicts[0].visit.id).toBe(again.body.id);
    const moved = await http()
      .patch(`/api/visits/${later.body.id}`)
      .set('Authorization', coordinator)
      .send({ startsAt: paris('2026-10-16', '15:00'), durationMinutes: 45, place: 'centre' });
    expect(moved.body).toMatchObject({
      startsAt: '2026-10-16T13:00:00.000Z',
      endsAt: '2026-10-16T13:45:00.000Z',
      place: 'centre',
    });
    const twice = await http()
      .post(`/api/visits/${first.body.id}/cancel`)
      .set('Authorization', coordinator)
      .send({});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('visit_not_planned');
  });

  it('refuses an ineligible volunteer with 409 naming the missing training, then books once it is done', async () => {
    const training = await publishedCourse(t.db, {
      federation,
      audience: 'volunteer',
      title: 'Sécurité au domicile',
    });
    await t.db.query(`INSERT INTO centre_required_trainings (centre_id, course_id) VALUES ($1, $2)`, [
      lille.id,
      training.id,
    ]);

    const refused = await book({ startsAt: paris('2026-10-20', '14:00') });

    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('volunteer_not_eligible');
    expect(refused.body.message).toContain('Sécurité au domicile');
    await t.db.query(
      `INSERT INTO enrolments (centre_id, person_id, course_id, source, status, percent, completed_at)
       VALUES ($1, $2, $3, 'assigned', 'completed', 100, now())`,
      [lille.id, volunteer.id, training.id],
    );
    const accepted = await book({ startsAt: paris('2026-10-20', '14:00') });
    expect(accepted.status).toBe(201);
  });

  it('keeps to the volunteer’s weekly limit: 409 naming the week, cancelled visits free a place, moves count', async () => {
    await t.db.query(
      `INSERT INTO volunteer_profiles (volunteer_id, centre_id, max_visits_per_week) VALUES ($1, $2, 2)`,
      [volunteer.id, lille.id],
    );
    const others = await Promise.all([1, 2, 3].map(() => given.person({ role: 'senior', centre: lille })));
    // Week of Monday 12 October 2026: Tuesday and Wednesday booked, Thursday refused.
    const tuesday = await book({ seniorId: others[0]!.id, startsAt: paris('2026-10-13', '14:00') });
    const wednesday = await book({ seniorId: others[1]!.id, startsAt: paris('2026-10-14', '14:00') });
    expect([tuesday.status, wednesday.status]).toEqual([201, 201]);

    const refused = await book({ seniorId: others[2]!.id, startsAt: paris('2026-10-15', '14:00') });

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'volunteer_week_full',
      message: expect.stringContaining('Camille Dubois a déjà 2 visites la semaine du lundi 12 octobre 2026'),
      details: { volunteerId: volunteer.id, weekStart: '2026-10-12', maxVisitsPerWeek: 2, visitCount: 2 },
    });
    // Sunday 18 October belongs to the same week; Monday 19 to the next one.
    expect((await book({ startsAt: paris('2026-10-18', '10:00') })).status).toBe(409);
    const nextMonday = await book({ startsAt: paris('2026-10-19', '10:00') });
    expect(nextMonday.status).toBe(201);

    // Moving a visit inside its own week is fine; into a full week it is refused.
    const moved = await http()
      .patch(`/api/visits/${wednesday.body.id}`)
      .set('Authorization', coordinator)
      .send({ startsAt: paris('2026-10-16', '10:00') });
    expect(moved.status).toBe(200);
    const intoFullWeek = await http()
      .patch(`/api/visits/${nextMonday.body.id}`)
      .set('Authorization', coordinator)
      .send({ startsAt: paris('2026-10-17', '10:00') });
    expect(intoFullWeek.status).toBe(409);
    expect(intoFullWeek.body.code).toBe('volunteer_week_full');

    await http()
      .post(`/api/visits/${tuesday.body.id}/cancel`)
      .set('Authorization', coordinator)
      .send({ outcome: 'cancelled_by_senior' });
    expect((await book({ seniorId: others[2]!.id, startsAt: paris('2026-10-15', '14:00') })).status).toBe(
      201,
    );
  });

  it('lets only one of two simultaneous bookings take the last place of a week', async () => {
    await t.db.query(
      `INSERT INTO volunteer_profiles (volunteer_id, centre_id, max_visits_per_week) VALUES ($1, $2, 1)`,
      [volunteer.id, lille.id],
    );
    const others = await Promise.all([1, 2, 3, 4].map(() => given.person({ role: 'senior', centre: lille })));
    const days = ['2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'];

    const results = await Promise.all(
      others.map((other, i) => book({ seniorId: other.id, startsAt: paris(days[i]!, '14:00') })),
    );

    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const [row]: Array<{ n: number }> = await t.db.query(
      `SELECT count(*)::int AS n FROM visits WHERE volunteer_id = $1 AND status <> 'cancelled'`,
      [volunteer.id],
    );
    expect(row!.n).toBe(1);
  });

  it('refuses a volunteer who has not signed the charter', async () => {
    const newcomer = await given.person({ role: 'volunteer', centre: lille });

    const refused = await book({ volunteerId: newcomer.id, startsAt: paris('2026-10-20', '14:00') });

    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'charter_not_signed' })]);
  });

  it('keeps centres apart: 404 for another centre, roles, and a volunteer sees only their own visits', async () => {
    const visit = (await book({ startsAt: paris('2026-10-21', '10:00') })).body;
    const roubaixCoordinator = await bearer(await given.person({ role: 'coordinator', centre: roubaix }));

    for (const response of [
      await http().get(`/api/visits/${visit.id}`).set('Authorization', roubaixCoordinator),
      await http()
        .patch(`/api/visits/${visit.id}`)
        .set('Authorization', roubaixCoordinator)
        .send({ durationMinutes: 30 }),
      await http().post(`/api/visits/${visit.id}/cancel`).set('Authorization', roubaixCoordinator).send({}),
      await book({ startsAt: paris('2026-10-22', '10:00') }, roubaixCoordinator),
    ]) {
      expect(response.status).toBe(404);
    }
    const listed = await http()
      .get('/api/visits')
      .query({ from: '2026-10-01', to: '2026-10-31' })
      .set('Authorization', roubaixCoordinator);
    expect(listed.body).toEqual([]);

    const roubaixVolunteer = await given.person({ role: 'volunteer', centre: roubaix });
    await signCharter(roubaixVolunteer);
    const mixed = await book({ volunteerId: roubaixVolunteer.id, startsAt: paris('2026-10-22', '10:00') });
    expect(mixed.status).toBe(404);

    const colleague = await given.person({ role: 'volunteer', centre: lille });
    await signCharter(colleague);
    const otherSenior = await given.person({ role: 'senior', centre: lille });
    await book({
      volunteerId: colleague.id,
      seniorId: otherSenior.id,
      startsAt: paris('2026-10-21', '10:00'),
    });
    const mine = await http()
      .get('/api/me/visits')
      .query({ from: '2026-10-01', to: '2026-10-31' })
      .set('Authorization', await bearer(volunteer));
    expect(mine.body.map((v: { id: string }) => v.id)).toEqual([visit.id]);
    const colleagueAuth = await bearer(colleague);
    expect((await http().get(`/api/visits/${visit.id}`).set('Authorization', colleagueAuth)).status).toBe(
      404,
    );
    expect((await http().get('/api/visits').set('Authorization', colleagueAuth)).status).toBe(403);
    expect((await book({ startsAt: paris('2026-10-23', '10:00') }, colleagueAuth)).status).toBe(403);

    const seniorAuth = await bearer(senior);
    expect((await book({ startsAt: paris('2026-10-23', '10:00') }, seniorAuth)).status).toBe(403);
    expect((await http().get('/api/me/visits').set('Authorization', seniorAuth)).status).toBe(403);
    expect((await http().post('/api/visits').send({})).status).toBe(401);
  });

  it('lists a centre’s visits by Paris day, volunteer and senior; a federation admin sees them too', async () => {
    const late = await book({ startsAt: paris('2026-10-27', '23:30'), durationMinutes: 30 });
    await book({ startsAt: paris('2026-10-28', '09:00') });
    const admin = await bearer(await given.person({ role: 'federation_admin', federationId: federation.id }));

    const day = await http()
      .get('/api/visits')
      .query({ from: '2026-10-27', to: '2026-10-27', seniorId: senior.id })
      .set('Authorization', admin);

    expect(day.status).toBe(200);
    expect(day.body.map((v: { id: string }) => v.id)).toEqual([late.body.id]);
    const tooWide = await http()
      .get('/api/visits')
      .query({ from: '2026-01-01', to: '2026-12-31' })
      .set('Authorization', coordinator);
    expect(tooWide.status).toBe(400);
  });

  it('shows a senior their next visit with the volunteer’s first name only', async () => {
    const seniorAuth = await bearer(senior);
    expect((await http().get('/api/me/next-visit').set('Authorization', seniorAuth)).body).toEqual({
      visit: null,
    });
    const soon = new Date(Date.now() + 3 * 24 * 3600_000);
    soon.setUTCMinutes(0, 0, 0);
    await book({ startsAt: new Date(soon.getTime() + 7 * 24 * 3600_000).toISOString() });
    const next = await book({ startsAt: soon.toISOString() });

    const shown = await http().get('/api/me/next-visit').set('Authorization', seniorAuth);

    expect(shown.body).toEqual({
      visit: {
        id: next.body.id,
        startsAt: soon.toISOString(),
        endsAt: new Date(soon.getTime() + 3600_000).toISOString(),
        place: 'home',
        placeNote: null,
        volunteerFirstName: 'Camille',
      },
    });
  });

  it('answers 400 with zod issues for a malformed booking', async () => {
    const bad = await book({ startsAt: '14:00', durationMinutes: 5, place: 'park' });

    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'durationMinutes',
      'place',
      'startsAt',
    ]);
  });
});
