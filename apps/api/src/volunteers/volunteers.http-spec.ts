import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import { Given } from '../../test/builders';
import { publishedCourse } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';
import { AvailabilityService } from './availability.service';
import { CHARTER_VERSION } from './charter';
import { EligibilityService, VolunteerNotEligibleError } from './eligibility.service';

describe('volunteer profile, charter, eligibility and availability (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let camille: PersonEntity;
  let training: { id: string };
  let camilleAuth: string;
  let coordinatorAuth: string;
  let roubaixAuth: string;
  const http = () => request(t.app.getHttpServer());
  const bearer = async (person: PersonEntity) => `Bearer ${await tokenFor(t, person)}`;
  const requiredTraining = async (title: string) => {
    const course = await publishedCourse(t.db, { federation, audience: 'volunteer', title });
    await t.db.query(`UPDATE course_versions SET required_for_visits = true WHERE course_id = $1`, [
      course.id,
    ]);
    return course;
  };
  const complete = (person: PersonEntity, courseId: string) =>
    t.db.query(
      `INSERT INTO enrolments (centre_id, person_id, course_id, source, status, percent, completed_at)
       VALUES ($1, $2, $3, 'assigned', 'completed', 100, now())`,
      [person.centreId, person.id, courseId],
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
    roubaix = await given.centre({ federation, name: 'Roubaix', town: 'Roubaix' });
    camille = await given.person({
      role: 'volunteer',
      centre: lille,
      firstName: 'Camille',
      lastName: 'Dubois',
    });
    training = await requiredTraining('Accompagner un senior à domicile');
    camilleAuth = await bearer(camille);
    coordinatorAuth = await bearer(await given.person({ role: 'coordinator', centre: lille }));
    roubaixAuth = await bearer(await given.person({ role: 'coordinator', centre: roubaix }));
  });

  describe('eligibility gate', () => {
    it('names the missing training and the unsigned charter, then lets the volunteer in once both are done', async () => {
      // given a volunteer who has done nothing yet
      const sut = t.app.get(EligibilityService);
      // when
      const before = await http().get('/api/me/eligibility').set('Authorization', camilleAuth);
      // then
      expect(before.status).toBe(200);
      expect(before.body).toEqual({
        volunteerId: camille.id,
        eligible: false,
        active: true,
        charterSigned: false,
        missingTrainings: [{ courseId: training.id, title: 'Accompagner un senior à domicile' }],
      });

      // when she reads and signs the charter
      const charter = await http().get('/api/me/charter').set('Authorization', camilleAuth);
      expect(charter.body).toMatchObject({ version: CHARTER_VERSION, signedAt: null });
      expect(charter.body.text).toMatch(/argent/);
      const signed = await http()
        .post('/api/me/charter/sign')
        .set('Authorization', camilleAuth)
        .send({ accepted: true, version: CHARTER_VERSION });
      expect(signed.status).toBe(201);
      // then the training alone is missing, and booking her is refused with its name
      await expect(sut.check(t.db.manager, camille.id)).resolves.toEqual({
        eligible: false,
        charterSigned: true,
        missingTrainings: [{ courseId: training.id, title: 'Accompagner un senior à domicile' }],
      });
      const refusal = await sut.assertEligible(t.db.manager, camille.id).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(VolunteerNotEligibleError);
      expect(refusal).toMatchObject({
        status: 409,
        code: 'volunteer_not_eligible',
        message:
          'Camille Dubois ne peut pas encore faire de visites : formation manquante « Accompagner un senior à domicile ».',
        errors: [{ path: 'volunteerId', code: 'training_missing' }],
        details: { charterSigned: true, missingTrainings: [{ courseId: training.id }] },
      });

      // when she completes the training
      await complete(camille, training.id);
      // then
      await expect(sut.check(t.db.manager, camille.id)).resolves.toEqual({
        eligible: true,
        charterSigned: true,
        missingTrainings: [],
      });
      await expect(sut.assertEligible(t.db.manager, camille.id)).resolves.toBeUndefined();
      const coordinatorView = await http()
        .get(`/api/volunteers/${camille.id}/eligibility`)
        .set('Authorization', coordinatorAuth);
      expect(coordinatorView.body).toMatchObject({ eligible: true });
    });

    it('explains every reason at once, and refuses inactive volunteers', async () => {
      const second = await requiredTraining('Limites du rôle et données personnelles');
      const error = new VolunteerNotEligibleError(
        'Camille Dubois',
        await t.app.get(EligibilityService).check(t.db.manager, camille.id),
      );
      expect(error.message).toBe(
        'Camille Dubois ne peut pas encore faire de visites : charte du bénévole non signée ; ' +
          'formations manquantes « Accompagner un senior à domicile », « Limites du rôle et données personnelles ».',
      );
      expect(error.errors?.map((e) => e.code)).toEqual([
        'charter_not_signed',
        'training_missing',
        'training_missing',
      ]);

      await complete(camille, training.id);
      await complete(camille, second.id);
      await http().post('/api/me/charter/sign').set('Authorization', camilleAuth).send({ accepted: true });
      await t.db.query(`UPDATE people SET active = false, deactivated_at = now() WHERE id = $1`, [
        camille.id,
      ]);
      await expect(t.app.get(EligibilityService).check(t.db.manager, camille.id)).resolves.toMatchObject({
        eligible: false,
      });
    });

    it('lists a whole centre’s standing in one request, agreeing with each volunteer’s own', async () => {
      const second = await requiredTraining('Limites du rôle et données personnelles');
      const ready = await given.person({
        role: 'volunteer',
        centre: lille,
        firstName: 'Yasmine',
        lastName: 'Haddad',
      });
      await complete(ready, training.id);
      await complete(ready, second.id);
      await http()
        .post('/api/me/charter/sign')
        .set('Authorization', await bearer(ready))
        .send({ accepted: true });
      const halfWay = await given.person({
        role: 'volunteer',
        centre: lille,
        firstName: 'Inès',
        lastName: 'Martin',
      });
      await complete(halfWay, second.id);
      await given.person({ role: 'volunteer', centre: roubaix, firstName: 'Karim' });

      const res = await http()
        .get(`/api/centres/${lille.id}/volunteer-eligibility`)
        .set('Authorization', coordinatorAuth);

      expect(res.status).toBe(200);
      expect(res.body.centreId).toBe(lille.id);
      const byId = new Map(
        (res.body.volunteers as Array<{ volunteerId: string }>).map((v) => [v.volunteerId, v]),
      );
      expect([...byId.keys()].sort()).toEqual([camille.id, ready.id, halfWay.id].sort());
      expect(byId.get(ready.id)).toMatchObject({ eligible: true, charterSigned: true, missingTrainings: [] });
      expect(byId.get(halfWay.id)).toMatchObject({
        eligible: false,
        charterSigned: false,
        missingTrainings: [{ courseId: training.id, title: 'Accompagner un senior à domicile' }],
      });
      for (const id of byId.keys()) {
        const single = await http()
          .get(`/api/volunteers/${id}/eligibility`)
          .set('Authorization', coordinatorAuth);
        expect(byId.get(id)).toEqual(single.body);
      }
      const stranger = await http()
        .get(`/api/centres/${lille.id}/volunteer-eligibility`)
        .set('Authorization', roubaixAuth);
      expect(stranger.status).toBe(404);
      const asVolunteer = await http()
        .get(`/api/centres/${lille.id}/volunteer-eligibility`)
        .set('Authorization', camilleAuth);
      expect(asVolunteer.status).toBe(403);
    });

    it('signs the charter once: signing again returns the same signature', async () => {
      const first = await http()
        .post('/api/me/charter/sign')
        .set('Authorization', camilleAuth)
        .send({ accepted: true });
      const again = await http()
        .post('/api/me/charter/sign')
        .set('Authorization', camilleAuth)
        .send({ accepted: true });
      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM volunteer_charter_signatures`);
      expect(n).toBe(1);
      const charter = await http().get('/api/me/charter').set('Authorization', camilleAuth);
      expect(charter.body.signedAt).toBe(first.body.signedAt);
    });

    it('refuses a signature without the box ticked, or of an outdated version', async () => {
      const unticked = await http()
        .post('/api/me/charter/sign')
        .set('Authorization', camilleAuth)
        .send({ accepted: false });
      expect(unticked.status).toBe(400);
      expect(unticked.body.errors[0].path).toBe('accepted');
      const outdated = await http()
        .post('/api/me/charter/sign')
        .set('Authorization', camilleAuth)
        .send({ accepted: true, version: CHARTER_VERSION + 1 });
      expect(outdated.status).toBe(409);
      expect(outdated.body.code).toBe('charter_outdated');
    });

    it('lets a centre choose its required trainings, and go back to the federation default', async () => {
      // given
      const video = await publishedCourse(t.db, {
        federation,
        audience: 'volunteer',
        title: 'Animer un premier appel vidéo',
      });
      const forSeniors = await publishedCourse(t.db, { federation, audience: 'senior' });
      const url = `/api/centres/${lille.id}/required-trainings`;
      // then: the default is the federation's trainings flagged for visits
      const byDefault = await http().get(url).set('Authorization', coordinatorAuth);
      expect(byDefault.body).toEqual({
        centreId: lille.id,
        source: 'default',
        trainings: [{ courseId: training.id, title: 'Accompagner un senior à domicile' }],
      });
      // when the centre requires another training
      const chosen = await http()
        .put(url)
        .set('Authorization', coordinatorAuth)
        .send({ courseIds: [video.id] });
      expect(chosen.status).toBe(200);
      expect(chosen.body).toMatchObject({
        source: 'centre',
        trainings: [{ title: 'Animer un premier appel vidéo' }],
      });
      const eligibility = await http().get('/api/me/eligibility').set('Authorization', camilleAuth);
      expect(eligibility.body.missingTrainings).toEqual([
        { courseId: video.id, title: 'Animer un premier appel vidéo' },
      ]);
      // a senior course is no volunteer training
      const wrong = await http()
        .put(url)
        .set('Authorization', coordinatorAuth)
        .send({ courseIds: [video.id, forSeniors.id] });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].path).toBe('courseIds.1');
      // an empty list returns to the default
      const reset = await http().put(url).set('Authorization', coordinatorAuth).send({ courseIds: [] });
      expect(reset.body).toMatchObject({ source: 'default', trainings: [{ courseId: training.id }] });
      // other centres keep theirs
      const roubaixOwn = await http()
        .get(`/api/centres/${roubaix.id}/required-trainings`)
        .set('Authorization', roubaixAuth);
      expect(roubaixOwn.body.source).toBe('default');
    });
  });

  describe('profile', () => {
    it('starts empty, is saved by the volunteer and read by the coordinator', async () => {
      const empty = await http().get('/api/me/volunteer-profile').set('Authorization', camilleAuth);
      expect(empty.body).toEqual({
        volunteerId: camille.id,
        centreId: lille.id,
        towns: [],
        travelMode: null,
        maxVisitsPerWeek: null,
        languages: [],
        unknownTowns: [],
        updatedAt: null,
      });
      const saved = await http()
        .put('/api/me/volunteer-profile')
        .set('Authorization', camilleAuth)
        .send({
          towns: ['Lille', 'Hellemmes', 'lille', 'Lile-Moulin'],
          travelMode: 'bike',
          maxVisitsPerWeek: 3,
          languages: ['Français', 'anglais'],
        });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        towns: ['Lille', 'Hellemmes', 'Lile-Moulin'],
        // a misspelt town is kept, and flagged: no journey can be estimated from it
        unknownTowns: ['Lile-Moulin'],
        travelMode: 'bike',
        maxVisitsPerWeek: 3,
        languages: ['français', 'anglais'],
      });
      const seen = await http()
        .get(`/api/volunteers/${camille.id}/profile`)
        .set('Authorization', coordinatorAuth);
      expect(seen.body).toEqual(saved.body);
      const edited = await http()
        .put(`/api/volunteers/${camille.id}/profile`)
        .set('Authorization', coordinatorAuth)
        .send({ towns: ['Lomme'], travelMode: 'car', maxVisitsPerWeek: null, languages: [] });
      expect(edited.body).toMatchObject({ towns: ['Lomme'], travelMode: 'car', maxVisitsPerWeek: null });
    });

    it('suggests known towns as one types, the centre’s département first', async () => {
      const res = await http().get('/api/places').query({ q: 'st om' }).set('Authorization', camilleAuth);
      expect(res.status).toBe(200);
      expect(res.body.places[0]).toEqual({ name: 'Saint-Omer', department: '62' });
      expect(res.body.known).toBe(false);
      const hellemmes = await http()
        .get('/api/places')
        .query({ q: 'Hellemmes' })
        .set('Authorization', camilleAuth);
      expect(hellemmes.body).toEqual({ places: [{ name: 'Hellemmes', department: '59' }], known: true });
      const misspelt = await http()
        .get('/api/places')
        .query({ q: 'Lile-Moulin' })
        .set('Authorization', camilleAuth);
      expect(misspelt.body).toEqual({ places: [], known: false });
      const lil = await http().get('/api/places').query({ q: 'lil' }).set('Authorization', coordinatorAuth);
      expect(lil.body.places[0]).toEqual({ name: 'Lille', department: '59' });
      expect(lil.body.places.length).toBeLessThanOrEqual(10);
      const tooShort = await http().get('/api/places').query({ q: 'l' }).set('Authorization', camilleAuth);
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.errors[0].path).toBe('q');
      const senior = await given.person({ role: 'senior', centre: lille });
      const asSenior = await http()
        .get('/api/places')
        .query({ q: 'lil' })
        .set('Authorization', await bearer(senior));
      expect(asSenior.status).toBe(403);
      expect((await http().get('/api/places').query({ q: 'lil' })).status).toBe(401);
    });

    it('rejects an unknown travel mode with the field path', async () => {
      const res = await http()
        .put('/api/me/volunteer-profile')
        .set('Authorization', camilleAuth)
        .send({ towns: [], travelMode: 'horse', maxVisitsPerWeek: 0, languages: [] });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'maxVisitsPerWeek',
        'travelMode',
      ]);
    });
  });

  describe('availability', () => {
    const windows = [
      { weekday: 1, startsAt: '10:00', endsAt: '12:00' },
      { weekday: 2, startsAt: '14:00', endsAt: '17:00' },
    ];

    it('replaces the weekly windows, refusing overlaps on one weekday', async () => {
      const saved = await http()
        .put('/api/me/availability')
        .set('Authorization', camilleAuth)
        .send({ windows });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ volunteerId: camille.id, windows, exceptions: [] });
      const overlapping = await http()
        .put('/api/me/availability')
        .set('Authorization', camilleAuth)
        .send({ windows: [...windows, { weekday: 2, startsAt: '16:00', endsAt: '18:00' }] });
      expect(overlapping.status).toBe(400);
      expect(overlapping.body.errors).toEqual([expect.objectContaining({ path: 'windows.2.startsAt' })]);
      const replaced = await http()
        .put(`/api/volunteers/${camille.id}/availability`)
        .set('Authorization', coordinatorAuth)
        .send({ windows: [{ weekday: 4, startsAt: '09:00', endsAt: '11:30' }] });
      expect(replaced.body.windows).toEqual([{ weekday: 4, startsAt: '09:00', endsAt: '11:30' }]);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM availability_windows`);
      expect(n).toBe(1);
    });

    it('computes slots in Paris time, without public holidays nor the days of an exception', async () => {
      // given Monday and Tuesday windows, and holidays on 5–6 April 2027
      await http().put('/api/me/availability').set('Authorization', camilleAuth).send({ windows });
      const holidays = await http()
        .post('/api/me/availability/exceptions')
        .set('Authorization', camilleAuth)
        .send({ startsOn: '2027-04-05', endsOn: '2027-04-06', reason: 'Vacances' });
      expect(holidays.status).toBe(201);
      const slotsUrl = `/api/volunteers/${camille.id}/slots?from=2027-03-22&to=2027-04-11`;
      // when
      const res = await http().get(slotsUrl).set('Authorization', coordinatorAuth);
      // then: Easter Monday (29 March) is off, and the clock change of 28 March moves UTC by one hour
      expect(res.status).toBe(200);
      expect(res.body.slots).toEqual([
        { start: '2027-03-22T09:00:00.000Z', end: '2027-03-22T11:00:00.000Z' },
        { start: '2027-03-23T13:00:00.000Z', end: '2027-03-23T16:00:00.000Z' },
        { start: '2027-03-30T12:00:00.000Z', end: '2027-03-30T15:00:00.000Z' },
      ]);
      const availability = t.app.get(AvailabilityService);
      const isAvailable = (start: string, end: string) =>
        availability.isAvailable(t.db.manager, camille.id, new Date(start), new Date(end));
      await expect(isAvailable('2027-03-30T12:30:00Z', '2027-03-30T14:00:00Z')).resolves.toBe(true);
      await expect(isAvailable('2027-04-06T12:30:00Z', '2027-04-06T14:00:00Z')).resolves.toBe(false);
      await expect(isAvailable('2027-03-29T08:30:00Z', '2027-03-29T09:30:00Z')).resolves.toBe(false);

      // when the exception is removed, the days come back
      const removed = await http()
        .delete(`/api/me/availability/exceptions/${holidays.body.id}`)
        .set('Authorization', camilleAuth);
      expect(removed.status).toBe(204);
      const after = await http().get(slotsUrl).set('Authorization', coordinatorAuth);
      expect(after.body.slots).toHaveLength(5);
      await expect(isAvailable('2027-04-06T12:30:00Z', '2027-04-06T14:00:00Z')).resolves.toBe(true);
      const again = await http()
        .delete(`/api/me/availability/exceptions/${holidays.body.id}`)
        .set('Authorization', camilleAuth);
      expect(again.status).toBe(404);
    });

    it('lists exceptions not yet over, and limits slots to 62 days', async () => {
      await http()
        .post('/api/me/availability/exceptions')
        .set('Authorization', camilleAuth)
        .send({ startsOn: '2020-01-01', endsOn: '2020-01-02' });
      const backwards = await http()
        .post('/api/me/availability/exceptions')
        .set('Authorization', camilleAuth)
        .send({ startsOn: '2099-01-02', endsOn: '2099-01-01' });
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors[0].path).toBe('endsOn');
      await http()
        .post(`/api/volunteers/${camille.id}/availability/exceptions`)
        .set('Authorization', coordinatorAuth)
        .send({ startsOn: '2099-07-01', endsOn: '2099-07-31', reason: 'Absence' });
      const mine = await http().get('/api/me/availability').set('Authorization', camilleAuth);
      expect(mine.body.exceptions).toEqual([
        { id: expect.any(String), startsOn: '2099-07-01', endsOn: '2099-07-31', reason: 'Absence' },
      ]);
      const tooLong = await http()
        .get(`/api/volunteers/${camille.id}/slots?from=2027-01-01&to=2027-03-05`)
        .set('Authorization', coordinatorAuth);
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.errors[0].path).toBe('to');
    });
  });

  describe('access', () => {
    it('hides a volunteer from the coordinators of other centres and other federations (404)', async () => {
      const exception = await http()
        .post('/api/me/availability/exceptions')
        .set('Authorization', camilleAuth)
        .send({ startsOn: '2099-01-01', endsOn: '2099-01-02' });
      const otherFederation = await given.centre();
      const strangerAdmin = await bearer(
        await given.person({ role: 'federation_admin', federationId: otherFederation.federationId }),
      );
      const id = camille.id;
      const profile = { towns: [], travelMode: null, maxVisitsPerWeek: null, languages: [] };
      for (const auth of [roubaixAuth, strangerAdmin]) {
        const calls: Array<[string, () => request.Test]> = [
          ['profile', () => http().get(`/api/volunteers/${id}/profile`)],
          ['edit profile', () => http().put(`/api/volunteers/${id}/profile`).send(profile)],
          ['eligibility', () => http().get(`/api/volunteers/${id}/eligibility`)],
          ['availability', () => http().get(`/api/volunteers/${id}/availability`)],
          ['edit availability', () => http().put(`/api/volunteers/${id}/availability`).send({ windows: [] })],
          [
            'add exception',
            () =>
              http()
                .post(`/api/volunteers/${id}/availability/exceptions`)
                .send({ startsOn: '2099-02-01', endsOn: '2099-02-01' }),
          ],
          [
            'remove exception',
            () => http().delete(`/api/volunteers/${id}/availability/exceptions/${exception.body.id}`),
          ],
          ['slots', () => http().get(`/api/volunteers/${id}/slots?from=2027-01-01&to=2027-01-31`)],
          ['required trainings', () => http().get(`/api/centres/${lille.id}/required-trainings`)],
          [
            'edit required trainings',
            () => http().put(`/api/centres/${lille.id}/required-trainings`).send({ courseIds: [] }),
          ],
        ];
        for (const [what, call] of calls) {
          const res = await call().set('Authorization', auth);
          expect({ what, status: res.status }).toEqual({ what, status: 404 });
        }
      }
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM availability_exceptions`);
      expect(n).toBe(1);
      // the federation admin of Lille's federation sees her
      const admin = await bearer(
        await given.person({ role: 'federation_admin', federationId: federation.id }),
      );
      const seen = await http().get(`/api/volunteers/${id}/eligibility`).set('Authorization', admin);
      expect(seen.status).toBe(200);
    });

    it('keeps seniors and coordinators out of the volunteer space, and a volunteer out of the coordinator one', async () => {
      const senior = await bearer(await given.person({ role: 'senior', centre: lille }));
      const otherVolunteer = await bearer(await given.person({ role: 'volunteer', centre: lille }));
      expect((await http().get('/api/me/charter').set('Authorization', senior)).status).toBe(403);
      expect((await http().get('/api/me/eligibility').set('Authorization', senior)).status).toBe(403);
      expect(
        (await http().get(`/api/volunteers/${camille.id}/profile`).set('Authorization', senior)).status,
      ).toBe(403);
      expect((await http().get('/api/me/availability').set('Authorization', coordinatorAuth)).status).toBe(
        403,
      );
      expect(
        (await http().get(`/api/volunteers/${camille.id}/availability`).set('Authorization', otherVolunteer))
          .status,
      ).toBe(403);
      expect((await http().get('/api/me/volunteer-profile')).status).toBe(401);
    });

    it('never lets a volunteer delete another volunteer’s exception', async () => {
      const exception = await http()
        .post('/api/me/availability/exceptions')
        .set('Authorization', camilleAuth)
        .send({ startsOn: '2099-01-01', endsOn: '2099-01-02' });
      const other = await bearer(await given.person({ role: 'volunteer', centre: lille }));
      const res = await http()
        .delete(`/api/me/availability/exceptions/${exception.body.id}`)
        .set('Authorization', other);
      expect(res.status).toBe(404);
    });
  });
});
