import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  NotificationEntry,
  NotificationKind,
  NotificationsQuery,
  Paginated,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError } from '../common/domain-error';
import { toNotificationEntry, type NotificationRow } from './notifications.mapper';

export interface NewNotification {
  centreId: string;
  recipientId: string;
  kind: NotificationKind;
  /** Same key, same message: queued once, whoever asks and however often. */
  dedupeKey: string;
  subject: string;
  body: string;
  /** Short text used instead of `body` when the recipient is reached by SMS. */
  smsBody: string;
  /** Not before this instant (a visit reminder the day before); now when absent. */
  runAfter?: Date;
}

export const NO_CONTACT_REASON = 'Ni adresse e-mail ni numéro de téléphone pour ce destinataire.';

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Queues a message inside the caller's transaction: it is sent only if that transaction commits.
   * The channel follows the recipient's contact details: e-mail, otherwise SMS; with neither the
   * message is recorded as failed, so the coordination sees who could not be reached.
   * Returns the new id, or null when a message with this dedupe key already exists.
   */
  async enqueue(tx: EntityManager, message: NewNotification): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `WITH contact AS (
         SELECT id, NULLIF(trim(email), '') AS email, NULLIF(trim(phone), '') AS phone
           FROM people WHERE id = $2::uuid)
       INSERT INTO notifications
         (centre_id, recipient_id, kind, dedupe_key, subject, channel, body, status, last_error, run_after)
       SELECT $1::uuid, c.id, $3::text, $4::text, $5::text,
              CASE WHEN c.email IS NULL AND c.phone IS NOT NULL THEN 'sms' ELSE 'email' END,
              CASE WHEN c.email IS NULL AND c.phone IS NOT NULL THEN $7::text ELSE $6::text END,
              CASE WHEN c.email IS NULL AND c.phone IS NULL THEN 'failed' ELSE 'pending' END,
              CASE WHEN c.email IS NULL AND c.phone IS NULL THEN $8::text END,
              COALESCE($9::timestamptz, now())
         FROM contact c
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        message.centreId,
        message.recipientId,
        message.kind,
        message.dedupeKey,
        message.subject,
        message.body,
        message.smsBody,
        NO_CONTACT_REASON,
        message.runAfter ?? null,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Coordinators see their centre's messages, federation admins their federation's, volunteers their own. */
  async list(user: AuthUser, query: NotificationsQuery): Promise<Paginated<NotificationEntry>> {
    const params: unknown[] = [];
    const where = [this.scope(user, params)];
    if (query.status) where.push(`n.status = $${params.push(query.status)}`);
    const filter = where.join(' AND ');
    const [{ total }]: [{ total: number }] = await this.db.query(
      `SELECT count(*)::int AS total FROM notifications n JOIN centres ce ON ce.id = n.centre_id WHERE ${filter}`,
      params,
    );
    const rows: NotificationRow[] = await this.db.query(
      `SELECT n.id, n.centre_id, n.kind, n.channel, n.to_address, n.subject, n.body, n.status, n.attempts,
              n.last_error, n.created_at, n.sent_at, p.id AS recipient_id, p.first_name, p.last_name
         FROM notifications n
         JOIN centres ce ON ce.id = n.centre_id
         JOIN people p ON p.id = n.recipient_id
        WHERE ${filter}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $${params.push(query.pageSize)} OFFSET $${params.push((query.page - 1) * query.pageSize)}`,
      params,
    );
    return { items: rows.map(toNotificationEntry), total, page: query.page, pageSize: query.pageSize };
  }

  /** The centres whose queue this user may flush now; null means every centre of the database. */
  async centresManagedBy(user: AuthUser): Promise<string[]> {
    if (user.role === 'coordinator' && user.centreId) return [user.centreId];
    if (user.role === 'federation_admin') {
      const rows: Array<{ id: string }> = await this.db.query(
        `SELECT id FROM centres WHERE federation_id = $1`,
        [user.federationId],
      );
      return rows.map((r) => r.id);
    }
    throw new ForbiddenError();
  }

  private scope(user: AuthUser, params: unknown[]): string {
    switch (user.role) {
      case 'coordinator':
        return `n.centre_id = $${params.push(user.centreId)}`;
      case 'federation_admin':
        return `ce.federation_id = $${params.push(user.federationId)}`;
      case 'volunteer':
        return `n.recipient_id = $${params.push(user.id)}`;
      default:
        throw new ForbiddenError();
    }
  }
}
