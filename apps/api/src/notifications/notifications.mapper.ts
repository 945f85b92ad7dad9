import type { NotificationEntry } from '@passerelle/contracts';

export interface NotificationRow {
  id: string;
  centre_id: string;
  kind: NotificationEntry['kind'];
  channel: NotificationEntry['channel'];
  to_address: string | null;
  subject: string;
  body: string;
  status: NotificationEntry['status'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  recipient_id: string;
  first_name: string;
  last_name: string;
}

export function toNotificationEntry(row: NotificationRow): NotificationEntry {
  return {
    id: row.id,
    centreId: row.centre_id,
    kind: row.kind,
    channel: row.channel,
    recipient: { id: row.recipient_id, firstName: row.first_name, lastName: row.last_name },
    toAddress: row.to_address,
    subject: row.subject,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}
