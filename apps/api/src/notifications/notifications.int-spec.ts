import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CentreEntity } from '../centres/centre.entity';
import type { PersonEntity } from '../people/person.entity';
import { Given } from '../../test/builders';
import { createTestDataSource, testConfig, truncateAll } from '../../test/test-app';
import { LoanRemindersService } from './loan-reminders.service';
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, NotificationSender } from './notification-sender';
import {
  NotificationTransport,
  PermanentDeliveryError,
  SmsTransport,
  type EmailMessage,
  type SmsMessage,
} from './notification-transports';
import { NO_CONTACT_REASON, NotificationsService, type NewNotification } from './notifications.service';

/** Records what would leave the building; can be told to fail or to take its time. */
class RecordingTransport extends NotificationTransport {
  readonly sent: EmailMessage[] = [];
  failure: Error | null = null;
  delayMs = 0;
  async send(message: EmailMessage): Promise<void> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failure) throw this.failure;
    this.sent.push(message);
  }
}
class RecordingSms extends SmsTransport {
  readonly sent: SmsMessage[] = [];
  async send(message: SmsMessage): Promise<void> {
    this.sent.push(message);
  }
}

const T0 = new Date('2026-03-10T08:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('notifications outbox (real database)', () => {
  let db: DataSource;
  let given: Given;
  let notifications: NotificationsService;
  let email: RecordingTransport;
  let sms: RecordingSms;
  let sut: NotificationSender;
  let centre: CentreEntity;
  let coordinator: PersonEntity;

  beforeAll(async () => {
    db = await createTestDataSource();
    given = new Given(db);
    notifications = new NotificationsService(db);
  });
  afterAll(() => db.destroy());
  beforeEach(async () => {
    await truncateAll(db);
    email = new RecordingTransport();
    sms = new RecordingSms();
    sut = new NotificationSender(db, email, sms);
    centre = await given.centre();
    coordinator = await given.person({ role: 'coordinator', centre, firstName: 'Nadia' });
  });

  const message = (values: Partial<NewNotification> = {}): NewNotification => ({
    centreId: centre.id,
    recipientId: coordinator.id,
    kind: 'loan_overdue',
    dedupeKey: `test:${randomUUID()}`,
    subject: 'Prêt en retard',
    body: 'Bonjour Nadia,\n\nLa tablette LIL-0001 devait revenir hier.',
    smsBody: 'Passerelle : la tablette LIL-0001 devait revenir hier.',
    runAfter: T0,
    ...values,
  });
  const enqueue = (values: Partial<NewNotification> = {}) =>
    db.transaction((tx) => notifications.enqueue(tx, message(values)));
  const rowsOf = (): Promise<
    Array<{ id: string; status: string; attempts: number; last_error: string | null; run_after: Date }>
  > => db.query(`SELECT id, status, attempts, last_error, run_after FROM notifications ORDER BY created_at`);

  it('queues a message once per dedupe key, even when two transactions ask at the same time', async () => {
    const first = await enqueue({ dedupeKey: 'loan_overdue:x:2026-03-09:y' });
    const [a, b] = await Promise.all([
      enqueue({ dedupeKey: 'loan_overdue:x:2026-03-09:y' }),
      enqueue({ dedupeKey: 'loan_overdue:x:2026-03-09:y' }),
    ]);
    expect(first).toEqual(expect.any(String));
    expect([a, b]).toEqual([null, null]);
    expect(await rowsOf()).toHaveLength(1);
  });

  it('queues nothing when the caller’s transaction rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await notifications.enqueue(tx, message());
        throw new Error('la transaction métier échoue');
      }),
    ).rejects.toThrow('la transaction métier échoue');
    expect(await rowsOf()).toEqual([]);
  });

  it('texts a recipient who has only a phone, and records one with neither as failed', async () => {
    const byPhone = await given.person({ role: 'volunteer', centre, email: null, phone: '06 12 34 56 78' });
    const unreachable = await given.person({ role: 'volunteer', centre, email: null, phone: null });
    await enqueue({ recipientId: byPhone.id });
    await enqueue({ recipientId: unreachable.id });

    const result = await sut.processQueue({ now: T0 });

    expect(result).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sms.sent).toEqual([
      expect.objectContaining({
        to: '06 12 34 56 78',
        body: 'Passerelle : la tablette LIL-0001 devait revenir hier.',
      }),
    ]);
    expect(email.sent).toEqual([]);
    const rows: Array<{ recipient_id: string; channel: string; status: string; last_error: string | null }> =
      await db.query(`SELECT recipient_id, channel, status, last_error FROM notifications`);
    expect(rows).toEqual(
      expect.arrayContaining([
        { recipient_id: byPhone.id, channel: 'sms', status: 'sent', last_error: null },
        { recipient_id: unreachable.id, channel: 'email', status: 'failed', last_error: NO_CONTACT_REASON },
      ]),
    );
  });

  it('sends an e-mail to the recipient’s address and waits for run_after', async () => {
    await enqueue({ runAfter: minutes(30) });
    expect(await sut.processQueue({ now: T0 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await sut.processQueue({ now: minutes(30) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(email.sent).toEqual([
      expect.objectContaining({ to: coordinator.email, toName: `Nadia ${coordinator.lastName}` }),
    ]);
    const [row]: Array<{ status: string; to_address: string; sent_at: Date }> = await db.query(
      `SELECT status, to_address, sent_at FROM notifications`,
    );
    expect(row).toEqual({ status: 'sent', to_address: coordinator.email, sent_at: expect.any(Date) });
  });

  it('never sends a message twice when two workers claim the queue at the same time', async () => {
    for (let i = 0; i < 24; i++) await enqueue();
    email.delayMs = 3;
    const otherInstance = await createTestDataSource();
    try {
      const second = new NotificationSender(otherInstance, email, sms);
      const [a, b] = await Promise.all([
        sut.processQueue({ now: T0, batchSize: 3 }),
        second.processQueue({ now: T0, batchSize: 3 }),
      ]);
      expect(a.sent + b.sent).toBe(24);
    } finally {
      await otherInstance.destroy();
    }
    const ids = email.sent.map((m) => m.id);
    expect(new Set(ids).size).toBe(24);
    expect(ids).toHaveLength(24);
    expect((await rowsOf()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('retries with growing delays, then marks the message failed after the last attempt', async () => {
    await enqueue();
    email.failure = new Error('connect ECONNREFUSED 127.0.0.1:25');
    const delays: number[] = [];
    let now = T0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await sut.processQueue({ now })).toEqual({ sent: 0, retried: 1, failed: 0 });
      const [row] = await rowsOf();
      expect(row).toMatchObject({ status: 'pending', attempts: attempt, last_error: email.failure.message });
      // Not before its time…
      expect(await sut.processQueue({ now: new Date(row!.run_after.getTime() - 1000) })).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      });
      delays.push((row!.run_after.getTime() - now.getTime()) / 60_000);
      now = row!.run_after;
    }
    expect(delays).toEqual([1, 2, 4, 8]);

    expect(await sut.processQueue({ now })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await rowsOf()).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: MAX_ATTEMPTS,
        last_error: email.failure.message,
      }),
    ]);
    expect(await sut.processQueue({ now: minutes(24 * 60) })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('fails at once on a refusal that retrying cannot fix', async () => {
    await enqueue();
    email.failure = new PermanentDeliveryError('Le serveur d’e-mail a refusé le message (550).');
    expect(await sut.processQueue({ now: T0 })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await rowsOf()).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1, last_error: email.failure.message }),
    ]);
  });

  it('takes back a message left “sending” by a crashed worker once its claim has expired', async () => {
    await enqueue();
    // A worker claimed it, then died before sending.
    await db.query(`UPDATE notifications SET status = 'sending', attempts = 1, run_after = $1`, [
      new Date(T0.getTime() + CLAIM_LEASE_MS),
    ]);
    expect(await sut.processQueue({ now: T0 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await sut.processQueue({ now: new Date(T0.getTime() + CLAIM_LEASE_MS) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(await rowsOf()).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
  });
});

describe('loan return reminders (real database)', () => {
  let db: DataSource;
  let given: Given;
  let sut: LoanRemindersService;
  let centre: CentreEntity;
  let senior: PersonEntity;
  let coordinator: PersonEntity;
  let volunteer: PersonEntity;

  beforeAll(async () => {
    db = await createTestDataSource();
    given = new Given(db);
    sut = new LoanRemindersService(db, new NotificationsService(db), testConfig());
  });
  afterAll(() => db.destroy());
  beforeEach(async () => {
    await truncateAll(db);
    centre = await given.centre({ town: 'Lille' });
    // The senior has an e-mail address and a phone: reachable, yet must never be reminded.
    senior = await given.person({
      role: 'senior',
      centre,
      firstName: 'Gisèle',
      lastName: 'Vandamme',
      email: 'gisele@exemple.fr',
      phone: '06 00 00 00 01',
    });
    coordinator = await given.person({ role: 'coordinator', centre, firstName: 'Nadia' });
    volunteer = await given.person({ role: 'volunteer', centre, firstName: 'Camille' });
    await given.assignment(volunteer, senior);
  });

  let tags = 0;
  /** Inserted with SQL: the devices service is not what is under test. */
  async function openLoan(dueOn: string, values: { startedOn?: string; returned?: boolean } = {}) {
    const assetTag = `LIL-${String(++tags).padStart(4, '0')}`;
    const [device]: Array<{ id: string }> = await db.query(
      `INSERT INTO devices (centre_id, kind, model, asset_tag, status) VALUES ($1, 'tablet', 'Facilotab', $2, 'on_loan') RETURNING id`,
      [centre.id, assetTag],
    );
    const [loan]: Array<{ id: string }> = await db.query(
      `INSERT INTO loans (kit_id, centre_id, device_id, person_id, kind, started_on, due_on, returned_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'loan', $4, $5, $6) RETURNING id`,
      [
        centre.id,
        device!.id,
        senior.id,
        values.startedOn ?? '2026-01-05',
        dueOn,
        values.returned ? new Date() : null,
      ],
    );
    return { id: loan!.id, deviceId: device!.id, assetTag };
  }
  const queued = (): Promise<
    Array<{ recipient_id: string; kind: string; dedupe_key: string; subject: string; body: string }>
  > =>
    db.query(`SELECT recipient_id, kind, dedupe_key, subject, body FROM notifications ORDER BY dedupe_key`);

  it('reminds the centre’s coordinators and the coaching volunteer, never the senior', async () => {
    const loan = await openLoan('2026-03-09');
    // People who must not be reminded either: an inactive coordinator, a former volunteer, another centre.
    await given.person({ role: 'coordinator', centre, active: false });
    const former = await given.person({ role: 'volunteer', centre });
    await given.assignment(former, senior);
    await db.query(`UPDATE coaching_assignments SET ended_at = now() WHERE volunteer_id = $1`, [former.id]);
    await given.person({ role: 'coordinator', centre: await given.centre() });

    expect(await sut.queueDue('2026-03-10')).toBe(2);

    const rows = await queued();
    expect(rows.map((r) => r.recipient_id).sort()).toEqual([coordinator.id, volunteer.id].sort());
    expect(rows.some((r) => r.recipient_id === senior.id)).toBe(false);
    expect(rows.map((r) => r.dedupe_key).sort()).toEqual(
      [
        `loan_overdue:${loan.id}:2026-03-09:${coordinator.id}`,
        `loan_overdue:${loan.id}:2026-03-09:${volunteer.id}`,
      ].sort(),
    );
    const toCoordinator = rows.find((r) => r.recipient_id === coordinator.id)!;
    expect(toCoordinator.subject).toBe(`Prêt en retard : tablette ${loan.assetTag}`);
    expect(toCoordinator.body).toContain('Bonjour Nadia,');
    expect(toCoordinator.body).toContain(
      `La tablette ${loan.assetTag} prêtée à Gisèle Vandamme devait revenir au centre le lundi 9 mars 2026 (hier).`,
    );
    expect(toCoordinator.body).toContain(`https://passerelle.test/coordination/appareils/${loan.deviceId}`);
    const toVolunteer = rows.find((r) => r.recipient_id === volunteer.id)!;
    expect(toVolunteer.body).toContain('Bonjour Camille,');
    expect(toVolunteer.body).toContain(`https://passerelle.test/benevole/seniors/${senior.id}`);
  });

  it('says “due soon” from 7 days before the due date and “overdue” from the day after', async () => {
    await openLoan('2026-03-20');
    const kindsOn = async (today: string) => {
      await truncateNotifications();
      await sut.queueDue(today);
      return [...new Set((await queued()).map((r) => r.kind))];
    };
    const truncateNotifications = () => db.query(`DELETE FROM notifications`);

    expect(await kindsOn('2026-03-12')).toEqual([]);
    expect(await kindsOn('2026-03-13')).toEqual(['loan_due_soon']);
    expect(await kindsOn('2026-03-20')).toEqual(['loan_due_soon']);
    expect(await kindsOn('2026-03-21')).toEqual(['loan_overdue']);
    expect(await kindsOn('2026-04-30')).toEqual(['loan_overdue']);
  });

  it('queues each reminder once however often it scans, and again after the due date is extended', async () => {
    const loan = await openLoan('2026-03-09');
    expect(await sut.queueDue('2026-03-10')).toBe(2);
    expect(await sut.queueDue('2026-03-10')).toBe(0);
    expect(await sut.queueDue('2026-03-11')).toBe(0);

    await db.query(`UPDATE loans SET due_on = '2026-04-09' WHERE id = $1`, [loan.id]);
    expect(await sut.queueDue('2026-03-11')).toBe(0);
    expect(await sut.queueDue('2026-04-02')).toBe(2);
    expect(await sut.queueDue('2026-04-10')).toBe(2);
    expect((await queued()).map((r) => r.kind).sort()).toEqual([
      'loan_due_soon',
      'loan_due_soon',
      'loan_overdue',
      'loan_overdue',
      'loan_overdue',
      'loan_overdue',
    ]);
  });

  it('forgets returned loans', async () => {
    await openLoan('2026-03-09', { returned: true });
    expect(await sut.queueDue('2026-03-10')).toBe(0);
  });

  it('keeps to the centres asked for', async () => {
    await openLoan('2026-03-09');
    expect(await sut.queueDue('2026-03-10', [randomUUID()])).toBe(0);
    expect(await sut.queueDue('2026-03-10', [centre.id])).toBe(2);
  });
});
