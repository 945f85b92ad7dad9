import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import { addDays, todayInParis } from '../common/calendar';
import { AppConfig } from '../config/app-config';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';
import { outboxDir } from './notifications.module';

describe('notifications over HTTP', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let coordinator: PersonEntity;
  let volunteer: PersonEntity;
  let senior: PersonEntity;
  let auth: string;
  let outbox: string;
  const http = () => request(t.app.getHttpServer());
  const bearer = async (person: PersonEntity) => `Bearer ${await tokenFor(t, person)}`;

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
    outbox = outboxDir(t.app.get(AppConfig));
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    await rm(outbox, { recursive: true, force: true });
    federation = await given.federation();
    lille = await given.centre({ federation, town: 'Lille' });
    roubaix = await given.centre({ federation, town: 'Roubaix' });
    coordinator = await given.person({ role: 'coordinator', centre: lille, firstName: 'Nadia' });
    volunteer = await given.person({ role: 'volunteer', centre: lille, firstName: 'Camille' });
    senior = await given.person({ role: 'senior', centre: lille, firstName: 'Gisèle', lastName: 'Vandamme' });
    await given.assignment(volunteer, senior);
    auth = await bearer(coordinator);
  });

  /** A tablet lent to Gisèle, due yesterday (Paris): overdue today. */
  async function overdueLoan(centre = lille, borrower = senior): Promise<string> {
    const [device]: Array<{ id: string }> = await t.db.query(
      `INSERT INTO devices (centre_id, kind, model, asset_tag, status)
       VALUES ($1, 'tablet', 'Facilotab', 'LIL-' || floor(random() * 1e6)::text, 'on_loan') RETURNING id`,
      [centre.id],
    );
    const yesterday = addDays(todayInParis(), -1);
    await t.db.query(
      `INSERT INTO loans (kit_id, centre_id, device_id, person_id, kind, started_on, due_on)
       VALUES (gen_random_uuid(), $1, $2, $3, 'loan', $4, $4)`,
      [centre.id, device!.id, borrower.id, yesterday],
    );
    return device!.id;
  }

  it('sends the due reminders now, as files in DATA_DIR/outbox, and lists them newest first', async () => {
    const deviceId = await overdueLoan();

    const run = await http().post('/api/notifications/run').set('Authorization', auth);
    expect(run.status).toBe(200);
    expect(run.body).toEqual({ queued: 2, sent: 2, retried: 0, failed: 0 });

    const files = (await readdir(outbox)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
    const contents = await Promise.all(files.map((f) => readFile(join(outbox, f), 'utf8')));
    expect(
      contents.some((c) => c.includes(`To: "Nadia ${coordinator.lastName}" <${coordinator.email}>`)),
    ).toBe(true);
    expect(contents.every((c) => c.includes('Subject: Prêt en retard : tablette LIL-'))).toBe(true);
    expect(contents.some((c) => c.includes(`/coordination/appareils/${deviceId}`))).toBe(true);

    const list = await http().get('/api/notifications').set('Authorization', auth);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(list.body.items.map((n: { recipient: { id: string } }) => n.recipient.id).sort()).toEqual(
      [coordinator.id, volunteer.id].sort(),
    );
    expect(list.body.items[0]).toMatchObject({
      kind: 'loan_overdue',
      channel: 'email',
      status: 'sent',
      attempts: 1,
      lastError: null,
      sentAt: expect.any(String),
    });
    expect(list.body.items.some((n: { recipient: { id: string } }) => n.recipient.id === senior.id)).toBe(
      false,
    );

    const again = await http().post('/api/notifications/run').set('Authorization', auth);
    expect(again.body).toEqual({ queued: 0, sent: 0, retried: 0, failed: 0 });
  });

  it('shows a centre’s messages to its coordinators only; federation admins see every centre', async () => {
    await overdueLoan();
    await http().post('/api/notifications/run').set('Authorization', auth);
    const otherCoordinator = await given.person({ role: 'coordinator', centre: roubaix });
    const admin = await given.person({ role: 'federation_admin', federationId: federation.id });
    const otherAdmin = await given.person({
      role: 'federation_admin',
      federationId: (await given.federation()).id,
    });

    const theirs = await http()
      .get('/api/notifications')
      .set('Authorization', await bearer(otherCoordinator));
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    const federationView = await http()
      .get('/api/notifications')
      .set('Authorization', await bearer(admin));
    expect(federationView.body.total).toBe(2);
    const otherFederation = await http()
      .get('/api/notifications')
      .set('Authorization', await bearer(otherAdmin));
    expect(otherFederation.body.total).toBe(0);
  });

  it('shows volunteers their own messages only, and pages newest first', async () => {
    await overdueLoan();
    await overdueLoan();
    await http().post('/api/notifications/run').set('Authorization', auth);

    const own = await http()
      .get('/api/notifications')
      .set('Authorization', await bearer(volunteer));
    expect(own.status).toBe(200);
    expect(own.body.total).toBe(2);
    expect(own.body.items.every((n: { recipient: { id: string } }) => n.recipient.id === volunteer.id)).toBe(
      true,
    );

    const page2 = await http().get('/api/notifications?page=2&pageSize=3').set('Authorization', auth);
    expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.body.items).toHaveLength(1);
    const all = await http().get('/api/notifications?pageSize=4').set('Authorization', auth);
    const created = all.body.items.map((n: { createdAt: string }) => n.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('only flushes the caller’s own centres', async () => {
    const roubaixSenior = await given.person({ role: 'senior', centre: roubaix });
    await given.person({ role: 'coordinator', centre: roubaix });
    await overdueLoan(roubaix, roubaixSenior);
    const run = await http().post('/api/notifications/run').set('Authorization', auth);
    expect(run.body).toEqual({ queued: 0, sent: 0, retried: 0, failed: 0 });
  });

  it('runs on its own every NOTIFICATIONS_POLL_SECONDS when enabled', async () => {
    await overdueLoan();
    const withWorker = await createTestApp({ notificationsPollSeconds: 1 });
    try {
      let sent = 0;
      for (let i = 0; i < 40 && sent < 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [{ sent }] = await t.db.query(
          `SELECT count(*)::int AS sent FROM notifications WHERE status = 'sent'`,
        );
      }
      expect(sent).toBe(2);
    } finally {
      await withWorker.close();
    }
  });

  it('answers 401 without a token, 403 to seniors and to volunteers sending, 400 on a bad query', async () => {
    expect((await http().get('/api/notifications')).status).toBe(401);
    expect(
      (
        await http()
          .get('/api/notifications')
          .set('Authorization', await bearer(senior))
      ).status,
    ).toBe(403);
    expect(
      (
        await http()
          .post('/api/notifications/run')
          .set('Authorization', await bearer(volunteer))
      ).status,
    ).toBe(403);
    const bad = await http().get('/api/notifications?status=lu&pageSize=1000').set('Authorization', auth);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['pageSize', 'status']);
  });
});
