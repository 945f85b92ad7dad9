import { z } from 'zod';
import { IdSchema, InstantSchema, PaginationQuerySchema, paginatedSchema } from './common.contract';
import { PersonRefSchema } from './people.contract';

/** How a message travels: e-mail when the recipient has an address, otherwise SMS (ADR 0010). */
export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

/** `sending` is a claim by one worker; a claim left by a crashed worker expires and is retried. */
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const NotificationStatusSchema = z.enum(NOTIFICATION_STATUSES);
export type NotificationStatus = z.infer<typeof NotificationStatusSchema>;

/**
 * What a message is about. Return and visit reminders go to the coordination and volunteers, never to
 * the senior: `visit_reminder` (the volunteer, the day before), `visit_cannot_come` and
 * `visit_report_missing` (the centre's coordinators).
 */
export const NOTIFICATION_KINDS = [
  'loan_due_soon',
  'loan_overdue',
  'visit_reminder',
  'visit_cannot_come',
  'visit_report_missing',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** One queued or sent message, as the "Messages envoyés" page shows it. */
export const NotificationSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  kind: NotificationKindSchema,
  channel: NotificationChannelSchema,
  recipient: PersonRefSchema,
  /** The e-mail address or phone number it went to, once sent. */
  toAddress: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  status: NotificationStatusSchema,
  attempts: z.number().int().min(0),
  lastError: z.string().nullable(),
  createdAt: InstantSchema,
  sentAt: InstantSchema.nullable(),
});
// Not `Notification`: that name is the browser's Notification API in the web app.
export type NotificationEntry = z.infer<typeof NotificationSchema>;

export const NotificationsQuerySchema = PaginationQuerySchema.extend({
  status: NotificationStatusSchema.optional(),
});
export type NotificationsQuery = z.infer<typeof NotificationsQuerySchema>;

export const NotificationsPageSchema = paginatedSchema(NotificationSchema);

/** What one run of the worker did: reminders queued, then messages sent, retried later or given up. */
export const NotificationRunSchema = z.object({
  queued: z.number().int().min(0),
  sent: z.number().int().min(0),
  retried: z.number().int().min(0),
  failed: z.number().int().min(0),
});
export type NotificationRun = z.infer<typeof NotificationRunSchema>;
