import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import { Given } from '../../test/builders';
import { publishedCourse } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('cohorts over HTTP', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let auth: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    federation = await given.federation();
    lille = await given.centre({ federation, name: 'Lille' });
    roubaix = await given.centre({ federation, name: 'Roubaix' });
    auth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: lille }))}`;
  });

  it('creates a group of the centre’s seniors and assigns a course to the whole group at once', async () => {
    const a = await given.person({ role: 'senior', centre: lille, lastName: 'Adam' });
    const b = await given.person({ role: 'senior', centre: lille, lastName: 'Bernard' });
    const created = await http()
      .post('/api/cohorts')
      .set('Authorization', auth)
      .send({ name: 'Atelier du jeudi', personIds: [b.id, a.id] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Atelier du jeudi', centreId: lille.id });
    expect(created.body.members.map((m: { lastName: string }) => m.lastName)).toEqual(['Adam', 'Bernard']);

    const course = await publishedCourse(t.db, { federation });
    const first = await http()
      .post(`/api/courses/${course.id}/enrolments`)
      .set('Authorization', auth)
      .send({ cohortId: created.body.id });
    expect(first.body).toEqual({ enrolled: 2, alreadyEnrolled: 0 });
    const again = await http()
      .post(`/api/courses/${course.id}/enrolments`)
      .set('Authorization', auth)
      .send({ cohortId: created.body.id, personIds: [a.id] });
    expect(again.body).toEqual({ enrolled: 0, alreadyEnrolled: 2 });
    const learners = await http().get(`/api/courses/${course.id}/learners`).set('Authorization', auth);
    expect(learners.body.map((l: { status: string }) => l.status)).toEqual(['not_started', 'not_started']);
  });

  it('keeps groups inside one centre: another centre’s person or group answers 404', async () => {
    const foreign = await given.person({ role: 'senior', centre: roubaix });
    const res = await http()
      .post('/api/cohorts')
      .set('Authorization', auth)
      .send({ name: 'Mélange', personIds: [foreign.id] });
    expect(res.status).toBe(404);
    const otherAuth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: roubaix }))}`;
    const theirs = await http()
      .post('/api/cohorts')
      .set('Authorization', otherAuth)
      .send({ name: 'Roubaix', personIds: [] });
    expect((await http().get(`/api/cohorts/${theirs.body.id}`).set('Authorization', auth)).status).toBe(404);
    expect((await http().delete(`/api/cohorts/${theirs.body.id}`).set('Authorization', auth)).status).toBe(
      404,
    );
    expect((await http().get('/api/cohorts').set('Authorization', auth)).body).toEqual([]);
  });

  it('refuses a duplicate name with 409, a blank name with 400, and volunteers with 403', async () => {
    await http().post('/api/cohorts').set('Authorization', auth).send({ name: 'Débutants', personIds: [] });
    const duplicate = await http()
      .post('/api/cohorts')
      .set('Authorization', auth)
      .send({ name: 'Débutants', personIds: [] });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('cohort_name_taken');
    const blank = await http()
      .post('/api/cohorts')
      .set('Authorization', auth)
      .send({ name: '  ', personIds: [] });
    expect(blank.status).toBe(400);
    const volunteer = await given.person({ role: 'volunteer', centre: lille });
    const forbidden = await http()
      .get('/api/cohorts')
      .set('Authorization', `Bearer ${await tokenFor(t, volunteer)}`);
    expect(forbidden.status).toBe(403);
  });
});
