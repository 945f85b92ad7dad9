import type { notificationsFr } from './notifications.fr';

/** Sent messages, in English. Typed against the French source: a missing or extra key fails the build. */
export const notificationsEn: Record<keyof typeof notificationsFr, string> = {
  'nav.coordination.messages': 'Sent messages',
  'nav.federation.messages': 'Sent messages',

  'title.notifications.list': 'Sent messages',

  'notifications.heading': 'Sent messages',
  'notifications.lead':
    'E-mails and text messages Passerelle sent to staff and volunteers, such as return reminders for loaned devices.',
  'notifications.runNow': 'Send now',
  'notifications.running': 'Sending…',
  'notifications.runDone':
    'Done. Reminders prepared: {queued}. Messages sent: {sent}. To retry: {retried}. Failed: {failed}.',
  'notifications.filters': 'Filter the messages',
  'notifications.status': 'Status',
  'notifications.status.all': 'All statuses',
  'notifications.status.pending': 'Waiting',
  'notifications.status.sending': 'Sending',
  'notifications.status.sent': 'Sent',
  'notifications.status.failed': 'Failed',
  'notifications.channel.email': 'E-mail',
  'notifications.channel.sms': 'Text message',
  'notifications.count.one': '{count} message',
  'notifications.count.other': '{count} messages',
  'notifications.caption': 'Sent messages, page {page}, newest first',
  'notifications.col.date': 'Date',
  'notifications.col.centre': 'Centre',
  'notifications.col.channel': 'Channel',
  'notifications.col.recipient': 'Recipient',
  'notifications.col.subject': 'Subject',
  'notifications.col.status': 'Status',
  'notifications.showBody': 'Read the message',
  'notifications.sentAt': 'Sent on {date}',
  'notifications.attempts.one': '{count} attempt',
  'notifications.attempts.other': '{count} attempts',
  'notifications.reason': 'Reason: {reason}',
  'notifications.empty.title': 'No messages yet',
  'notifications.empty.text':
    'Return reminders for loaned devices will appear here: 7 days before the due date, then the day after if the device has not come back.',
};
