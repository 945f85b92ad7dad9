import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import type { CourseEntity } from '../courses/course.entities';
import { AuthService } from '../auth/auth.service';
import { Given } from '../../test/builders';
import { publishedCourse, sampleContent } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('learning records and completion over HTTP (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let senior: PersonEntity;
  let seniorToken: string;
  let course: CourseEntity;
  const http = () => request(t.app.getHttpServer());

  const record = (stepKey: string, verb: string, extra: Record<string, unknown> = {}, id = randomUUID()) => ({
    id,
    verb,
    object: { courseId: course.id, stepKey },
    timestamp: new Date(Date.UTC(2026, 10, 20, 14, 0, 0)).toISOString(),
    ...extra,
  });
  const send = (token: string, records: unknown[]) =>
    http().post('/api/learning-records').set('Authorization', `Bearer ${token}`).send({ records });

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    federation = await given.federation();
    lille = await given.centre({ federation, name: 'Lille-Moulins' });
    senior = await given.person({
      role: 'senior',
      centre: lille,
      firstName: 'Jeannine',
      lastName: 'Lemaire',
    });
    seniorToken = await tokenFor(t, senior);
    course = await publishedCourse(t.db, { federation });
  });

  it('replaying the same batch of 500 records leaves exactly 500 stored', async () => {
    const batch = Array.from({ length: 500 }, (_, i) =>
      record(i % 2 ? 'l1-texte' : 'l3-texte', 'experienced', {
        timestamp: new Date(Date.UTC(2026, 10, 20, 14, 0, i % 60)).toISOString(),
      }),
    );
    const first = await send(seniorToken, batch);
    const second = await send(seniorToken, batch);
    expect(first.status).toBe(200);
    expect(first.body.results.every((r: { status: number }) => r.status === 201)).toBe(true);
    expect(
      second.body.results.every(
        (r: { status: number; code: string }) => r.status === 200 && r.code === 'duplicate',
      ),
    ).toBe(true);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM learning_records');
    expect(count).toBe(500);
  });

  it('a reused id with other content gets 409 for that record only; the others are stored', async () => {
    const original = record('l1-texte', 'experienced');
    await send(seniorToken, [original]);
    const changed = { ...original, timestamp: new Date(Date.UTC(2026, 10, 21)).toISOString() };
    const fresh = record('l3-texte', 'experienced');
    const res = await send(seniorToken, [changed, fresh]);
    expect(res.body.results).toEqual([
      expect.objectContaining({ id: original.id, status: 409, code: 'record_conflict' }),
      expect.objectContaining({ id: fresh.id, status: 201 }),
    ]);
    const rows = await t.db.query('SELECT id FROM learning_records ORDER BY id');
    expect(rows.map((r: { id: string }) => r.id).sort()).toEqual([original.id, fresh.id].sort());
  });

  it('a certificate cannot be obtained without passing the quiz', async () => {
    // given a volunteer who coaches the senior
    const volunteer = await given.person({ role: 'volunteer', centre: lille });
    await given.assignment(volunteer, senior);
    const volunteerToken = await tokenFor(t, volunteer);
    // when the senior does everything except pass the quiz
    await send(seniorToken, [
      record('l1-texte', 'experienced'),
      record('l1-quiz', 'experienced'),
      record('l1-quiz', 'answered', { result: { response: { q1: ['court'], q2: ['rien'] } } }),
      record('l2-pratique', 'completed'),
    ]);
    const observed = await send(volunteerToken, [
      record('l2-observation', 'observed', { actorId: senior.id, result: { response: 'alone' } }),
    ]);
    expect(observed.body.results[0].status).toBe(201);
    // then the course is not complete and there is no certificate
    let progress = await http()
      .get(`/api/me/courses/${course.id}/progress`)
      .set('Authorization', `Bearer ${seniorToken}`);
    expect(progress.body).toMatchObject({
      status: 'in_progress',
      certificateCode: null,
      resumeStepKey: 'l1-quiz',
    });
    expect((await t.db.query('SELECT count(*)::int AS n FROM certificates'))[0].n).toBe(0);

    // when the quiz is passed on a retry
    const passed = await send(seniorToken, [
      record('l1-quiz', 'answered', { result: { response: { q1: ['long'], q2: ['logo', 'accueil'] } } }),
    ]);
    expect(passed.body.results[0].quiz).toMatchObject({ score: 100, passed: true });
    // then the course is complete with an attestation whose code the public endpoint confirms
    progress = await http()
      .get(`/api/me/courses/${course.id}/progress`)
      .set('Authorization', `Bearer ${seniorToken}`);
    expect(progress.body).toMatchObject({ status: 'completed', percent: 100 });
    const code = progress.body.certificateCode as string;
    expect(code).toMatch(/^PAS-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const verify = await http().get(`/api/certificates/verify/${code.toLowerCase()}`);
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({
      valid: true,
      certificate: {
        code,
        learnerName: 'Jeannine Lemaire',
        courseTitle: 'Prendre en main sa tablette',
        centreName: 'Lille-Moulins',
      },
    });
    expect((await http().get('/api/certificates/verify/PAS-0000-0000')).body).toEqual({
      valid: false,
      certificate: null,
    });
    const [cert] = await http()
      .get('/api/me/certificates')
      .set('Authorization', `Bearer ${seniorToken}`)
      .then((r) => r.body);
    const pdf = await http()
      .get(`/api/certificates/${cert.id}/pdf`)
      .set('Authorization', `Bearer ${seniorToken}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const stranger = await given.person({ role: 'volunteer', centre: lille });
    const foreign = await http()
      .get(`/api/certificates/${cert.id}/pdf`)
      .set('Authorization', `Bearer ${await tokenFor(t, stranger)}`);
    expect(foreign.status).toBe(404);
  });

  it('republishing a course learners are halfway through keeps their progress', async () => {
    // given the senior finished lesson 1
    await send(seniorToken, [
      record('l1-texte', 'experienced'),
      record('l1-quiz', 'answered', { result: { response: { q1: ['long'], q2: ['logo', 'accueil'] } } }),
    ]);
    // when a coordinator edits the course (rewords lesson 1, adds a step to lesson 2) and publishes
    const coordinator = await given.person({ role: 'federation_admin', federationId: federation.id });
    const auth = `Bearer ${await tokenFor(t, coordinator)}`;
    const draft = await http().get(`/api/courses/${course.id}/draft`).set('Authorization', auth);
    expect(draft.status).toBe(200);
    const content = sampleContent();
    content.modules[0]!.lessons[0]!.title = 'Allumer et éteindre la tablette';
    content.modules[0]!.lessons[1]!.steps.push({
      key: 'l2-texte-nouveau',
      type: 'text',
      markdown: 'Nouveau conseil.',
    });
    const saved = await http()
      .put(`/api/courses/${course.id}/draft`)
      .set('Authorization', auth)
      .send({ meta: draft.body.meta, content });
    expect(saved.status).toBe(200);
    const published = await http().post(`/api/courses/${course.id}/publish`).set('Authorization', auth);
    expect(published.body).toMatchObject({ publishedVersion: 2, hasDraft: false });
    // then the senior's lesson 1 is still complete and the new step is simply still to do
    const progress = await http()
      .get(`/api/me/courses/${course.id}/progress`)
      .set('Authorization', `Bearer ${seniorToken}`);
    expect(progress.body.lessons[0]).toMatchObject({ key: 'l1', complete: true });
    expect(progress.body.lessons[1].steps.map((s: { key: string }) => s.key)).toContain('l2-texte-nouveau');
    expect(progress.body.resumeStepKey).toBe('l2-pratique');
    const learner = await http()
      .get(`/api/courses/${course.id}/published`)
      .set('Authorization', `Bearer ${seniorToken}`);
    expect(learner.body).toMatchObject({ version: 2 });
    expect(JSON.stringify(learner.body.content)).not.toContain('"correct"');
  });

  it('stamps the tablet from the credential, never from the body', async () => {
    const deviceId = randomUUID();
    const { accessToken } = await t.app.get(AuthService).issueSession(senior, { deviceId });
    await send(accessToken, [record('l1-texte', 'experienced', { context: { deviceId: randomUUID() } })]);
    const [row] = await t.db.query('SELECT device_id FROM learning_records');
    expect(row.device_id).toBe(deviceId);
  });

  describe('rules and tenancy', () => {
    it('refuses observations from a volunteer who does not coach the senior, and learner verbs for someone else', async () => {
      const volunteer = await given.person({ role: 'volunteer', centre: lille });
      const token = await tokenFor(t, volunteer);
      const res = await send(token, [
        record('l2-observation', 'observed', { actorId: senior.id, result: { response: 'alone' } }),
        record('l1-texte', 'experienced', { actorId: senior.id }),
      ]);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([404, 404]);
      expect((await t.db.query('SELECT count(*)::int AS n FROM learning_records'))[0].n).toBe(0);
    });

    it('accepts a visit id only for a visit of that senior by that volunteer (404 for that record otherwise)', async () => {
      const volunteer = await given.person({ role: 'volunteer', centre: lille });
      const other = await given.person({ role: 'volunteer', centre: lille });
      await given.assignment(volunteer, senior);
      await given.assignment(other, senior);
      const visitOf = async (who: PersonEntity, daysAgo: number) =>
        (
          await t.db.query(
            `INSERT INTO visits (centre_id, senior_id, volunteer_id, starts_at, ends_at)
             VALUES ($1, $2, $3, now() - make_interval(days => $4, hours => 2),
                     now() - make_interval(days => $4, hours => 1)) RETURNING id`,
            [lille.id, senior.id, who.id, daysAgo],
          )
        )[0].id as string;
      const mine = await visitOf(volunteer, 1);
      const theirs = await visitOf(other, 2);
      const observe = (visitId: string) =>
        record('l2-observation', 'observed', {
          actorId: senior.id,
          result: { response: 'with_help' },
          context: { visitId },
        });

      const res = await send(await tokenFor(t, volunteer), [
        observe(mine),
        observe(theirs),
        observe(randomUUID()),
      ]);

      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([201, 404, 404]);
      const rows = await t.db.query('SELECT visit_id FROM learning_records');
      expect(rows).toEqual([{ visit_id: mine }]);
    });

    it('refuses a learner observing themselves and verbs that do not fit the step', async () => {
      const res = await send(seniorToken, [
        record('l2-observation', 'observed', { result: { response: 'alone' } }),
        record('l1-texte', 'completed'),
        record('nulle-part', 'experienced'),
      ]);
      expect(res.body.results.map((r: { status: number; code: string }) => [r.status, r.code])).toEqual([
        [403, 'forbidden'],
        [400, 'verb_not_for_step'],
        [404, 'unknown_step'],
      ]);
    });

    it('answers 404 for another centre’s course, 401 without a token, 400 for a malformed batch', async () => {
      const roubaix = await given.centre({ federation, name: 'Roubaix' });
      const theirs = await publishedCourse(t.db, { federation, centre: roubaix, title: 'Cours de Roubaix' });
      const auth = `Bearer ${seniorToken}`;
      expect(
        (await http().get(`/api/courses/${theirs.id}/published`).set('Authorization', auth)).status,
      ).toBe(404);
      const res = await send(seniorToken, [
        { ...record('l1-texte', 'experienced'), object: { courseId: theirs.id, stepKey: 'l1-texte' } },
      ]);
      expect(res.body.results[0].status).toBe(404);
      expect((await http().post('/api/learning-records').send({ records: [] })).status).toBe(401);
      const tooMany = Array.from({ length: 501 }, () => record('l1-texte', 'experienced'));
      const bad = await send(seniorToken, tooMany);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('records');
      const malformed = await send(seniorToken, [
        { id: 'pas-un-uuid', verb: 'danser', object: {}, timestamp: 'hier' },
      ]);
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['records.0.id', 'records.0.verb', 'records.0.timestamp']),
      );
      const catalogue = await http().get('/api/catalogue').set('Authorization', auth);
      expect(catalogue.body.items.map((c: { title: string }) => c.title)).toEqual([
        'Prendre en main sa tablette',
      ]);
    });

    it('keeps authoring to coordinators and federation admins, and a centre’s course to its own centre', async () => {
      const draftBody = {
        meta: {
          title: 'Nouveau',
          summary: 'Résumé',
          audience: 'senior',
          level: 1,
          estimatedMinutes: 30,
          competenceCodes: ['2.1'],
        },
        content: sampleContent(),
      };
      expect(
        (await http().post('/api/courses').set('Authorization', `Bearer ${seniorToken}`).send(draftBody))
          .status,
      ).toBe(403);
      const coordinator = await given.person({ role: 'coordinator', centre: lille });
      const auth = `Bearer ${await tokenFor(t, coordinator)}`;
      const created = await http().post('/api/courses').set('Authorization', auth).send(draftBody);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        scope: 'centre',
        centreId: lille.id,
        publishedVersion: null,
        hasDraft: true,
      });
      const roubaix = await given.centre({ federation, name: 'Roubaix' });
      const other = await given.person({ role: 'coordinator', centre: roubaix });
      const otherAuth = `Bearer ${await tokenFor(t, other)}`;
      expect(
        (await http().get(`/api/courses/${created.body.id}/draft`).set('Authorization', otherAuth)).status,
      ).toBe(404);
      expect((await http().post(`/api/courses/${course.id}/publish`).set('Authorization', auth)).status).toBe(
        403,
      );
      const badQuiz = structuredClone(draftBody);
      const quiz = badQuiz.content.modules[0]!.lessons[0]!.steps[1] as {
        questions: Array<{ choices: Array<{ correct: boolean }> }>;
      };
      quiz.questions[0]!.choices.forEach((c) => (c.correct = false));
      const invalid = await http()
        .put(`/api/courses/${created.body.id}/draft`)
        .set('Authorization', auth)
        .send(badQuiz);
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors[0].path).toBe('content.modules.0.lessons.0.steps.1.questions.0.choices');
    });
  });
});
