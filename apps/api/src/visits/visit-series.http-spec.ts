import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { PersonEntity } from '../people/person.entity';
import { CHARTER_VERSION } from '../volunteers/charter';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

interface Occurrence {
  occurrenceKey: string;
  startsAt: string;
  weekFull: boolean;
  conflicts: Array<{ clash: string; visit: { id: string } }>;
}

describe('recurring visit series over HTTP (real database)', () => {
  let t: TestApp;
  let given: Given;
  let lille: CentreEntity;
  let senior: PersonEntity;
  let volunteer: PersonEntity;
  let auth: string;
  const http = () => request(t.app.getHttpServer());
  /** Every Tuesday at 14:00 (Paris) for 8 weeks from 13 October 2026: across the end of summer time. */
  const tuesdays = (extra: Record<string, unknown> = {}) => ({
    seniorId: senior.id,
    volunteerId: volunteer.id,
    firstDate: '2026-10-13',
    time: '14:00',
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
    durationMinutes: 60,
    ...extra,
  });
  const visitCount = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM visits WHERE status <> 'cancelled'`))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    lille = await given.centre({ name: 'Lille-Moulins' });
    senior = await given.person({ role: 'senior', centre: lille, firstName: 'Gisèle' });
    volunteer = await given.person({ role: 'volunteer', centre: lille, firstName: 'Camille' });
    await t.db.query(
      `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version) VALUES ($1, $2, $3)`,
      [lille.id, volunteer.id, CHARTER_VERSION],
    );
    auth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: lille }))}`;
  });

  it('creates every Tuesday at 14:00 Paris time, before and after the clock change (12:00Z then 13:00Z)', async () => {
    const created = await http().post('/api/visit-series').set('Authorization', auth).send(tuesdays());

    expect(created.status).toBe(201);
    expect(created.body.series).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
      time: '14:00',
      timeZone: 'Europe/Paris',
      startsAt: '2026-10-13T12:00:00.000Z',
      endedAt: null,
    });
    expect(created.body.visits.map((v: { startsAt: string }) => v.startsAt)).toEqual([
      '2026-10-13T12:00:00.000Z',
      '2026-10-20T12:00:00.000Z',
      '2026-10-27T13:00:00.000Z',
      '2026-11-03T13:00:00.000Z',
      '2026-11-10T13:00:00.000Z',
      '2026-11-17T13:00:00.000Z',
      '2026-11-24T13:00:00.000Z',
      '2026-12-01T13:00:00.000Z',
    ]);
    expect(created.body.skipped).toEqual([]);
    const parisHours = await t.db.query(
      `SELECT DISTINCT to_char(starts_at AT TIME ZONE 'Europe/Paris', 'Dy HH24:MI') AS at FROM visits`,
    );
    expect(parisHours).toEqual([{ at: 'Tue 14:00' }]);
  });

  it('previews conflicts per occurrence, refuses the whole series with every clash, or skips them on request', async () => {
    const existing = await Promise.all(
      ['2026-10-20T12:30:00.000Z', '2026-11-10T13:00:00.000Z'].map(async (startsAt) => {
        const other = await given.person({ role: 'senior', centre: lille });
        return (
          await http()
            .post('/api/visits')
            .set('Authorization', auth)
            .send({ seniorId: other.id, volunteerId: volunteer.id, startsAt })
        ).body as { id: string };
      }),
    );

    const preview = await http()
      .post('/api/visit-series/preview')
      .set('Authorization', auth)
      .send(tuesdays());

    expect(preview.status).toBe(200);
    expect(preview.body.conflictCount).toBe(2);
    const clashing = (preview.body.occurrences as Occurrence[]).filter((o) => o.conflicts.length > 0);
    expect(clashing.map((o) => [o.startsAt, o.conflicts[0]!.visit.id, o.conflicts[0]!.clash])).toEqual([
      ['2026-10-20T12:00:00.000Z', existing[0]!.id, 'volunteer'],
      ['2026-11-10T13:00:00.000Z', existing[1]!.id, 'volunteer'],
    ]);
    expect(await visitCount()).toBe(2);

    const refused = await http().post('/api/visit-series').set('Authorization', auth).send(tuesdays());
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('visit_series_conflict');
    expect((refused.body.details.occurrences as Occurrence[]).map((o) => o.conflicts[0]!.visit.id)).toEqual(
      existing.map((e) => e.id),
    );
    expect(await visitCount()).toBe(2);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM visit_series`))[0].n).toBe(0);

    const partial = await http()
      .post('/api/visit-series')
      .set('Authorization', auth)
      .send(tuesdays({ skipConflicts: true }));
    expect(partial.status).toBe(201);
    expect(partial.body.visits).toHaveLength(6);
    expect(partial.body.skipped.map((o: Occurrence) => o.occurrenceKey)).toEqual([
      '2026-10-20T12:00:00.000Z',
      '2026-11-10T13:00:00.000Z',
    ]);
  });

  it('counts the volunteer’s weekly limit per occurrence: preview, refusal, or skipped weeks', async () => {
    await t.db.query(
      `INSERT INTO volunteer_profiles (volunteer_id, centre_id, max_visits_per_week) VALUES ($1, $2, 1)`,
      [volunteer.id, lille.id],
    );
    // A Thursday visit fills the week of 19 October; the series' Tuesday 20 October cannot fit.
    const other = await given.person({ role: 'senior', centre: lille });
    const thursday = await http()
      .post('/api/visits')
      .set('Authorization', auth)
      .send({ seniorId: other.id, volunteerId: volunteer.id, startsAt: '2026-10-22T12:00:00.000Z' });
    expect(thursday.status).toBe(201);

    const preview = await http()
      .post('/api/visit-series/preview')
      .set('Authorization', auth)
      .send(tuesdays());
    expect(preview.status).toBe(200);
    expect(preview.body.conflictCount).toBe(1);
    const full = (preview.body.occurrences as Occurrence[]).filter((o) => o.weekFull);
    expect(full.map((o) => [o.startsAt, o.conflicts.length])).toEqual([['2026-10-20T12:00:00.000Z', 0]]);

    const refused = await http().post('/api/visit-series').set('Authorization', auth).send(tuesdays());
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('maximum de visites');
    expect(await visitCount()).toBe(1);

    // Twice a week with a limit of one: each week keeps its first occurrence only.
    const twiceAWeek = await http()
      .post('/api/visit-series')
      .set('Authorization', auth)
      .send(
        tuesdays({ rrule: 'FREQ=WEEKLY;BYDAY=TU,FR;COUNT=4', firstDate: '2026-11-03', skipConflicts: true }),
      );
    expect(twiceAWeek.status).toBe(201);
    expect(twiceAWeek.body.visits.map((v: { startsAt: string }) => v.startsAt)).toEqual([
      '2026-11-03T13:00:00.000Z',
      '2026-11-10T13:00:00.000Z',
    ]);
    expect(twiceAWeek.body.skipped.map((o: Occurrence) => [o.startsAt, o.weekFull])).toEqual([
      ['2026-11-06T13:00:00.000Z', true],
      ['2026-11-13T13:00:00.000Z', true],
    ]);
  });

  it('moves or skips one occurrence, which keeps its key', async () => {
    const { visits } = (await http().post('/api/visit-series').set('Authorization', auth).send(tuesdays()))
      .body;
    const [, second, third] = visits as Array<{ id: string; occurrenceKey: string }>;

    const moved = await http()
      .patch(`/api/visits/${second!.id}`)
      .set('Authorization', auth)
      .send({ startsAt: '2026-10-22T08:00:00.000Z' });
    const skipped = await http()
      .post(`/api/visits/${third!.id}/cancel`)
      .set('Authorization', auth)
      .send({ outcome: 'cancelled_by_volunteer', reason: 'Vacances' });

    expect(moved.body).toMatchObject({
      startsAt: '2026-10-22T08:00:00.000Z',
      occurrenceKey: second!.occurrenceKey,
    });
    expect(skipped.body).toMatchObject({ status: 'cancelled', occurrenceKey: '2026-10-27T13:00:00.000Z' });
  });

  it('changes this and following: ends the series, cancels what follows, starts a new one from there', async () => {
    const created = (await http().post('/api/visit-series').set('Authorization', auth).send(tuesdays())).body;
    const from = created.visits[4].occurrenceKey as string; // 10 November

    const split = await http()
      .post(`/api/visit-series/${created.series.id}/split`)
      .set('Authorization', auth)
      .send({
        fromOccurrenceKey: from,
        firstDate: '2026-11-12',
        time: '10:00',
        rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4',
      });

    expect(split.status).toBe(201);
    expect(split.body.series).toMatchObject({
      previousSeriesId: created.series.id,
      time: '10:00',
      durationMinutes: 60,
    });
    expect(split.body.visits.map((v: { startsAt: string }) => v.startsAt)).toEqual([
      '2026-11-12T09:00:00.000Z',
      '2026-11-19T09:00:00.000Z',
      '2026-11-26T09:00:00.000Z',
      '2026-12-03T09:00:00.000Z',
    ]);
    const old = (await http().get(`/api/visit-series/${created.series.id}`).set('Authorization', auth)).body;
    expect(old.series.endedAt).toBe(from);
    expect(old.visits.map((v: { status: string }) => v.status)).toEqual([
      ...Array(4).fill('planned'),
      ...Array(4).fill('cancelled'),
    ]);
    const again = await http()
      .post(`/api/visit-series/${created.series.id}/split`)
      .set('Authorization', auth)
      .send({
        fromOccurrenceKey: from,
        firstDate: '2026-11-12',
        time: '10:00',
        rrule: 'FREQ=WEEKLY;COUNT=2',
      });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('visit_series_ended');
  });

  it('refuses a rule without an end or with its own hours, and another centre’s series', async () => {
    const endless = await http()
      .post('/api/visit-series')
      .set('Authorization', auth)
      .send(tuesdays({ rrule: 'FREQ=WEEKLY;BYDAY=TU' }));
    const hours = await http()
      .post('/api/visit-series/preview')
      .set('Authorization', auth)
      .send(tuesdays({ rrule: 'FREQ=WEEKLY;BYHOUR=9;COUNT=2' }));
    expect([endless.status, hours.status]).toEqual([400, 400]);
    expect(hours.body.errors[0].path).toBe('rrule');

    const created = (await http().post('/api/visit-series').set('Authorization', auth).send(tuesdays())).body;
    const roubaix = await given.centre({ name: 'Roubaix' });
    const stranger = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: roubaix }))}`;
    expect(
      (await http().get(`/api/visit-series/${created.series.id}`).set('Authorization', stranger)).status,
    ).toBe(404);
  });
});
