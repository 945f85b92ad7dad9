import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationChannel } from '@passerelle/contracts';
import { NotificationTransport, PermanentDeliveryError, SmsTransport } from './notification-transports';

/** A message is tried this many times, then marked failed. */
export const MAX_ATTEMPTS = 5;
/** A claim is a lease: a worker that dies mid-send leaves its messages to be claimed again after this. */
export const CLAIM_LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;
/** Bounds one run, so a worker tick stays short even with a long queue; the next tick goes on. */
const MAX_BATCHES_PER_RUN = 10;

/** Minutes before the next try: 1, 2, 4, 8… capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

export interface SendOptions {
  now?: Date;
  batchSize?: number;
  /** Only these centres' messages (a coordinator's "send now"); every centre when absent. */
  centreIds?: string[] | null;
}

export interface SendResult {
  sent: number;
  retried: number;
  failed: number;
}

interface ClaimedRow {
  id: string;
  channel: NotificationChannel;
  subject: string;
  body: string;
  attempts: number;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
}

/**
 * Sends queued notifications. Claims are made with FOR UPDATE SKIP LOCKED, so several API instances
 * can run this at once and each message is claimed by one of them only. Delivery is at least once:
 * a worker dying between the send and the "sent" mark leaves the message to be sent again.
 */
@Injectable()
export class NotificationSender {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly email: NotificationTransport,
    private readonly sms: SmsTransport,
  ) {}

  async processQueue(options: SendOptions = {}): Promise<SendResult> {
    const now = options.now ?? new Date();
    const result: SendResult = { sent: 0, retried: 0, failed: 0 };
    result.failed += await this.failAbandonedClaims(now, options.centreIds ?? null);
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const claimed = await this.claim(now, options.batchSize ?? BATCH_SIZE, options.centreIds ?? null);
      for (const row of claimed) {
        const outcome = await this.deliver(row, now);
        result[outcome] += 1;
      }
      if (claimed.length < (options.batchSize ?? BATCH_SIZE)) break;
    }
    return result;
  }

  private async claim(now: Date, limit: number, centreIds: string[] | null): Promise<ClaimedRow[]> {
    const leaseEnd = new Date(now.getTime() + CLAIM_LEASE_MS);
    const rows: [ClaimedRow[], number] = await this.db.query(
      `WITH picked AS MATERIALIZED (
         SELECT id FROM notifications
          WHERE status IN ('pending', 'sending') AND run_after <= $1 AND attempts < $4
            AND ($3::uuid[] IS NULL OR centre_id = ANY($3::uuid[]))
          ORDER BY run_after, id
          LIMIT $2
          FOR UPDATE SKIP LOCKED)
       UPDATE notifications n
          SET status = 'sending', attempts = n.attempts + 1, run_after = $5
         FROM picked, people p
        WHERE n.id = picked.id AND p.id = n.recipient_id
       RETURNING n.id, n.channel, n.subject, n.body, n.attempts, p.first_name, p.last_name,
                 NULLIF(trim(p.email), '') AS email, NULLIF(trim(p.phone), '') AS phone`,
      [now, limit, centreIds, MAX_ATTEMPTS, leaseEnd],
    );
    // UPDATE … RETURNING comes back from the pg driver as [rows, affected count].
    return rows[0];
  }

  /** Claims that expired after the last allowed attempt: the worker died each time, give up. */
  private async failAbandonedClaims(now: Date, centreIds: string[] | null): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE notifications
          SET status = 'failed', last_error = 'Envoi interrompu à chaque essai.'
        WHERE status = 'sending' AND run_after <= $1 AND attempts >= $2
          AND ($3::uuid[] IS NULL OR centre_id = ANY($3::uuid[]))`,
      [now, MAX_ATTEMPTS, centreIds],
    );
    return count;
  }

  private async deliver(row: ClaimedRow, now: Date): Promise<keyof SendResult> {
    const address = row.channel === 'email' ? row.email : row.phone;
    if (!address) {
      const missing =
        row.channel === 'email'
          ? 'Le destinataire n’a plus d’adresse e-mail.'
          : 'Le destinataire n’a plus de numéro de téléphone.';
      await this.markFailed(row, missing);
      return 'failed';
    }
    try {
      if (row.channel === 'email') {
        await this.email.send({
          id: row.id,
          to: address,
          toName: `${row.first_name} ${row.last_name}`,
          subject: row.subject,
          body: row.body,
        });
      } else {
        await this.sms.send({ id: row.id, to: address, body: row.body });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentDeliveryError || row.attempts >= MAX_ATTEMPTS) {
        await this.markFailed(row, reason);
        return 'failed';
      }
      await this.db.query(
        `UPDATE notifications SET status = 'pending', run_after = $3, last_error = $4
          WHERE id = $1 AND status = 'sending' AND attempts = $2`,
        [row.id, row.attempts, new Date(now.getTime() + retryDelayMs(row.attempts)), clip(reason)],
      );
      return 'retried';
    }
    // Guarded by the attempt number: a worker whose lease expired must not overwrite a newer claim.
    await this.db.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), to_address = $3, last_error = NULL
        WHERE id = $1 AND status = 'sending' AND attempts = $2`,
      [row.id, row.attempts, address],
    );
    return 'sent';
  }

  private async markFailed(row: ClaimedRow, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = 'failed', last_error = $3
        WHERE id = $1 AND status = 'sending' AND attempts = $2`,
      [row.id, row.attempts, clip(reason)],
    );
  }
}

function clip(text: string): string {
  return text.length > 500 ? `${text.slice(0, 497)}…` : text;
}
