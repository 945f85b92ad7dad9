import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import { NotificationsWorker } from '../notifications/notifications.worker';
import type { PersonEntity } from '../people/person.entity';
import { CHARTER_VERSION } from '../volunteers/charter';
import { Given } from '../../test/builders';
import { publishedCourse } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

const HOUR = 3_600_000;

describe('visit reports, calendar feeds and visit reminders over HTTP (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let senior: PersonEntity;
  let volunteer: PersonEntity;
  let coordinatorPerson: PersonEntity;
  let coordinator: string;
  let volunteerAuth: string;
  let courseId: string;
  const http = () => request(t.app.getHttpServer());
  const bearer = async (person: PersonEntity) => `Bearer ${await tokenFor(t, person)}`;
  const signCharter = (person: PersonEntity) =>
    t.db.query(
      `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version) VALUES ($1, $2, $3)`,
      [person.centreId, person.id, CHARTER_VERSION],
    );
  /** Books a visit `hoursFromNow` hours away (negative: in the past), one hour long. */
  const book = async (hoursFromNow: number, who: { seniorId?: string; volunteerId?: string } = {}) => {
    const startsAt = new Date(Math.floor(Date.now() / HOUR) * HOUR + hoursFromNow * HOUR).toISOString();
    const res = await http()
      .post('/api/visits')
      .set('Authorization', coordinator)
      .send({ seniorId: senior.id, volunteerId: volunteer.id, startsAt, durationMinutes: 60, ...who });
    expect(res.status).toBe(201);
    return res.body as { id: string; startsAt: string; endsAt: string };
  };
  const report = (overrides: Record<string, unknown> = {}) => ({
    clientReportId: randomUUID(),
    outcome: 'done',
    actualMinutes: 75,
    lessons: [{ courseId, lessonKey: 'l2' }],
    notes: 'A appelé sa petite-fille en visio.',
    placeType: 'home',
    autonomyLevel: 'with_help',
    equipmentUsed: ['loaned_tablet'],
    themes: ['video_call', 'tablet_basics'],
    observations: [{ recordId: randomUUID(), courseId, stepKey: 'l2-observation', observation: 'alone' }],
    ...overrides,
  });

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
      firstName: 'Jeanne',
      lastName: 'Dupont',
      town: 'Hellemmes',
      email: 'jeanne@exemple.fr',
    });
    volunteer = await given.person({
      role: 'volunteer',
      centre: lille,
      firstName: 'Camille',
      lastName: 'Dubois',
    });
    await signCharter(volunteer);
    coordinatorPerson = await given.person({ role: 'coordinator', centre: lille, firstName: 'Nadia' });
    coordinator = await bearer(coordinatorPerson);
    volunteerAuth = await bearer(volunteer);
    courseId = (await publishedCourse(t.db, { federation })).id;
  });

  describe('POST /visits/:id/report', () => {
    it('stores the report, closes the visit and records the observed skill for the senior, stamped with visit, volunteer and tablet', async () => {
      // given a visit that took place and the tablet on loan to the senior
      const visit = await book(-3);
      const [device]: Array<{ id: string }> = await t.db.query(
        `INSERT INTO devices (centre_id, kind, model, asset_tag, status) VALUES ($1, 'tablet', 'Facilotab', 'TAB-001', 'on_loan') RETURNING id`,
        [lille.id],
      );
      await t.db.query(
        `INSERT INTO loans (kit_id, centre_id, device_id, person_id, kind, started_on, due_on)
         VALUES (gen_random_uuid(), $1, $2, $3, 'loan', current_date - 10, current_date + 60)`,
        [lille.id, device!.id, senior.id],
      );
      const body = report();

      // when the volunteer files the report from the phone
      const res = await http()
        .post(`/api/visits/${visit.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(body);

      // then
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        visit: { id: visit.id, status: 'done', outcome: 'done' },
        report: {
          visitId: visit.id,
          volunteer: { id: volunteer.id, firstName: 'Camille' },
          clientReportId: body.clientReportId,
          actualMinutes: 75,
          placeType: 'home',
          autonomyLevel: 'with_help',
          equipmentUsed: ['loaned_tablet'],
          themes: ['video_call', 'tablet_basics'],
          deviceId: device!.id,
          observations: [body.observations[0]],
        },
      });
      const records: Array<Record<string, unknown>> = await t.db.query(
        `SELECT person_id, visit_id, instructor_id, device_id, loan_id, sent_by_id, verb FROM learning_records`,
      );
      expect(records).toEqual([
        expect.objectContaining({
          person_id: senior.id,
          verb: 'observed',
          visit_id: visit.id,
          instructor_id: volunteer.id,
          device_id: device!.id,
          sent_by_id: volunteer.id,
          loan_id: expect.any(String),
        }),
      ]);
      const progress = await http()
        .get(`/api/me/courses/${courseId}/progress`)
        .set('Authorization', await bearer(senior));
      const step = progress.body.lessons
        .flatMap((l: { steps: Array<{ key: string }> }) => l.steps)
        .find((s: { key: string }) => s.key === 'l2-observation');
      expect(step).toMatchObject({ status: 'observed', observation: 'alone', complete: true });
      const learners = await http()
        .get(`/api/courses/${courseId}/learners`)
        .set('Authorization', coordinator);
      expect(learners.body).toEqual([
        expect.objectContaining({
          person: expect.objectContaining({ id: senior.id }),
          status: 'in_progress',
        }),
      ]);
    });

    it('answers a resent report with 200 and the same result, and another report with 409', async () => {
      const visit = await book(-2);
      const body = report();
      const first = await http()
        .post(`/api/visits/${visit.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(body);
      expect(first.status).toBe(201);

      const again = await http()
        .post(`/api/visits/${visit.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(body);
      const other = await http()
        .post(`/api/visits/${visit.id}/report`)
        .set('Authorization', volunteerAuth)
        .send({ ...body, actualMinutes: 30 });

      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('visit_already_reported');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM learning_records`);
      expect(n).toBe(1);
    });

    it('hides another volunteer’s visit (404), refuses a visit not started yet, and lets the coordinator report with the volunteer as instructor', async () => {
      const past = await book(-2);
      const coming = await book(30);
      const stranger = await given.person({ role: 'volunteer', centre: lille });

      const foreign = await http()
        .post(`/api/visits/${past.id}/report`)
        .set('Authorization', await bearer(stranger))
        .send(report());
      const early = await http()
        .post(`/api/visits/${coming.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(report());
      const byCoordinator = await http()
        .post(`/api/visits/${past.id}/report`)
        .set('Authorization', coordinator)
        .send(report());

      expect(foreign.status).toBe(404);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('visit_not_started');
      expect(byCoordinator.status).toBe(201);
      const [record] = await t.db.query(`SELECT instructor_id, sent_by_id, device_id FROM learning_records`);
      expect(record).toEqual({
        instructor_id: volunteer.id,
        sent_by_id: coordinatorPerson.id,
        device_id: null,
      });
    });

    it('marks a visit cancelled by the senior as cancelled, and refuses observations when the visit did not happen', async () => {
      const visit = await book(-2);

      const withSkills = await http()
        .post(`/api/visits/${visit.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(report({ outcome: 'not_home' }));
      const cancelled = await http()
        .post(`/api/visits/${visit.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(report({ outcome: 'cancelled_by_senior', actualMinutes: 0, observations: [] }));

      expect(withSkills.status).toBe(400);
      expect(cancelled.status).toBe(201);
      expect(cancelled.body.visit).toMatchObject({ status: 'cancelled', outcome: 'cancelled_by_senior' });
    });
  });

  describe('calendar feeds', () => {
    it('serves the volunteer’s visits as valid iCalendar with minimal personal data; a rotated or revoked URL is 404', async () => {
      const coming = await book(48);
      const past = await book(-48);
      const cancelled = await book(72);
      await http().post(`/api/visits/${cancelled.id}/cancel`).set('Authorization', coordinator).send({});
      const created = await http().post('/api/me/calendar-feed').set('Authorization', volunteerAuth);
      expect(created.status).toBe(201);
      const path = new URL(created.body.url as string).pathname;
      expect(created.body.url).toMatch(/^https:\/\/passerelle\.test\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);

      const feed = await http().get(path);

      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(feed.text));
      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(
        events.map((e) => ({
          uid: e.uid,
          start: e.startDate.toJSDate().toISOString(),
          end: e.endDate.toJSDate().toISOString(),
          summary: e.summary,
          location: e.location,
          status: e.component.getFirstPropertyValue('status'),
        })),
      ).toEqual([
        {
          uid: `${past.id}@passerelle`,
          start: past.startsAt,
          end: past.endsAt,
          summary: 'Visite chez Jeanne D.',
          location: 'Hellemmes',
          status: 'CONFIRMED',
        },
        expect.objectContaining({ uid: `${coming.id}@passerelle`, start: coming.startsAt }),
        expect.objectContaining({ uid: `${cancelled.id}@passerelle`, status: 'CANCELLED' }),
      ]);
      expect(feed.text).not.toContain('Dupont');

      const status = await http().get('/api/me/calendar-feed').set('Authorization', volunteerAuth);
      expect(status.body).toEqual({ kind: 'volunteer', active: true, createdAt: created.body.createdAt });
      expect(JSON.stringify(status.body)).not.toContain(path.slice(-20));

      const rotated = await http().post('/api/me/calendar-feed').set('Authorization', volunteerAuth);
      expect((await http().get(path)).status).toBe(404);
      const newPath = new URL(rotated.body.url as string).pathname;
      expect((await http().get(newPath)).status).toBe(200);
      expect((await http().delete('/api/me/calendar-feed').set('Authorization', volunteerAuth)).status).toBe(
        204,
      );
      expect((await http().get(newPath)).status).toBe(404);
      expect((await http().get('/api/calendar/unknown-token-that-is-long-enough.ics')).status).toBe(404);
      const revoked = await http().get('/api/me/calendar-feed').set('Authorization', volunteerAuth);
      expect(revoked.body).toEqual({ kind: 'volunteer', active: false, createdAt: null });
    });

    it('gives a coordinator a feed of the centre, and another centre’s id is 404', async () => {
      const visit = await book(24);
      const roubaix = await given.centre({ federation, name: 'Roubaix' });

      const created = await http()
        .post(`/api/centres/${lille.id}/calendar-feed`)
        .set('Authorization', coordinator);
      const foreign = await http()
        .post(`/api/centres/${roubaix.id}/calendar-feed`)
        .set('Authorization', coordinator);
      const asVolunteer = await http()
        .post(`/api/centres/${lille.id}/calendar-feed`)
        .set('Authorization', volunteerAuth);

      expect(created.status).toBe(201);
      expect(foreign.status).toBe(404);
      expect(asVolunteer.status).toBe(403);
      const feed = await http().get(new URL(created.body.url as string).pathname);
      const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
      expect(events.map((e) => new ICAL.Event(e).summary)).toEqual(['Camille D. chez Jeanne D.']);
      expect(events.map((e) => new ICAL.Event(e).uid)).toEqual([`${visit.id}@passerelle`]);
      const status = await http()
        .get(`/api/centres/${lille.id}/calendar-feed`)
        .set('Authorization', coordinator);
      expect(status.body).toMatchObject({ kind: 'centre', active: true });
      const foreignStatus = await http()
        .get(`/api/centres/${roubaix.id}/calendar-feed`)
        .set('Authorization', coordinator);
      expect(foreignStatus.status).toBe(404);
      await http().delete(`/api/centres/${lille.id}/calendar-feed`).set('Authorization', coordinator);
      expect((await http().get(new URL(created.body.url as string).pathname)).status).toBe(404);
    });
  });

  describe('visit reminders', () => {
    const notifications = (): Promise<Array<{ kind: string; recipient_id: string; body: string }>> =>
      t.db.query(`SELECT kind, recipient_id, body FROM notifications ORDER BY kind, recipient_id`);

    it('reminds the volunteer the day before, never the senior, once', async () => {
      // given a visit tomorrow 14:00 Paris (checked from "now" = today 09:00 Paris)
      const tomorrow = new Date(Date.now() + 24 * HOUR);
      const day = tomorrow.toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
      const startsAt = (await import('../common/calendar')).parisWallTimeToUtc(day, '14:00');
      const now = new Date(startsAt.getTime() - 29 * HOUR);
      const res = await http()
        .post('/api/visits')
        .set('Authorization', coordinator)
        .send({ seniorId: senior.id, volunteerId: volunteer.id, startsAt: startsAt.toISOString() });
      expect(res.status).toBe(201);
      const worker = t.app.get(NotificationsWorker);

      // when the worker runs twice
      const first = await worker.runOnce({ now });
      const second = await worker.runOnce({ now });

      // then
      expect(first.queued).toBe(1);
      expect(second.queued).toBe(0);
      const queued = await notifications();
      expect(queued).toEqual([
        expect.objectContaining({ kind: 'visit_reminder', recipient_id: volunteer.id }),
      ]);
      expect(queued[0]!.body).toContain(`https://passerelle.test/benevole/visites/${res.body.id}`);
      expect(queued[0]!.body).toContain('chez Jeanne D.');
    });

    it('“je ne peux pas venir” cancels the visit and alerts each coordinator once; only the visit’s volunteer may say it', async () => {
      const visit = await book(50);
      const second = await given.person({ role: 'coordinator', centre: lille });
      const stranger = await given.person({ role: 'volunteer', centre: lille });

      const foreign = await http()
        .post(`/api/visits/${visit.id}/cannot-come`)
        .set('Authorization', await bearer(stranger))
        .send({ reason: 'Malade' });
      const res = await http()
        .post(`/api/visits/${visit.id}/cannot-come`)
        .set('Authorization', volunteerAuth)
        .send({ reason: 'Voiture en panne' });
      const again = await http()
        .post(`/api/visits/${visit.id}/cannot-come`)
        .set('Authorization', volunteerAuth)
        .send({ reason: 'Voiture en panne' });

      expect(foreign.status).toBe(404);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'cancelled',
        outcome: 'cancelled_by_volunteer',
        cancelledReason: 'Voiture en panne',
      });
      expect(again.status).toBe(409);
      const queued = await notifications();
      expect(queued.map((n) => n.recipient_id).sort()).toEqual([coordinatorPerson.id, second.id].sort());
      expect(queued.every((n) => n.kind === 'visit_cannot_come')).toBe(true);
      expect(queued[0]!.body).toContain('https://passerelle.test/coordination/visites');
      expect(queued[0]!.body).toContain('Voiture en panne');
    });

    it('alerts the coordination once about a visit left without a report a day after it ended', async () => {
      await book(-30);
      const reported = await book(-40);
      await http()
        .post(`/api/visits/${reported.id}/report`)
        .set('Authorization', volunteerAuth)
        .send(report());
      const worker = t.app.get(NotificationsWorker);
      const now = new Date();

      const first = await worker.runOnce({ now });
      const second = await worker.runOnce({ now: new Date(now.getTime() + 48 * HOUR) });

      expect(first.queued).toBe(1);
      expect(second.queued).toBe(0);
      const queued = await notifications();
      expect(queued).toEqual([
        expect.objectContaining({ kind: 'visit_report_missing', recipient_id: coordinatorPerson.id }),
      ]);
      expect(queued.some((n) => n.recipient_id === senior.id)).toBe(false);
      expect(queued[0]!.body).toContain('Jeanne Dupont');
    });
  });
});
