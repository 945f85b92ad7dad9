import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notifications outbox (ADR 0010): messages queued inside business transactions, sent by a worker. */
export class Notifications1764748800000 implements MigrationInterface {
  name = 'Notifications1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        recipient_id uuid NOT NULL,
        channel text NOT NULL,
        kind text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        dedupe_key text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_error text NULL,
        to_address text NULL,
        run_after timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL,
        CONSTRAINT notifications_channel_known CHECK (channel IN ('email', 'sms')),
        CONSTRAINT notifications_status_known CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        CONSTRAINT notifications_sent_when_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
        CONSTRAINT notifications_recipient_in_centre FOREIGN KEY (recipient_id, centre_id) REFERENCES people (id, centre_id)
      )`);
    // The rule that must never break: a reminder is queued once, even by two instances at the same time.
    await q.query(`CREATE UNIQUE INDEX one_notification_per_dedupe_key ON notifications (dedupe_key)`);
    await q.query(
      `CREATE INDEX notifications_due_idx ON notifications (run_after) WHERE status IN ('pending', 'sending')`,
    );
    await q.query(`CREATE INDEX notifications_centre_idx ON notifications (centre_id, created_at DESC, id)`);
    await q.query(
      `CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id)`,
    );
    // The reminders scan reads open loans by due date on every worker run.
    await q.query(
      `CREATE INDEX loans_open_due_idx ON loans (due_on) WHERE returned_at IS NULL AND kind = 'loan'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX loans_open_due_idx`);
    await q.query(`DROP TABLE notifications`);
  }
}
