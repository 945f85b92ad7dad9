/** Messages sent by Passerelle (e-mails, SMS): the "Messages envoyés" page. Merged into `fr` with one spread. */
export const notificationsFr = {
  'nav.coordination.messages': 'Messages envoyés',
  'nav.federation.messages': 'Messages envoyés',

  'title.notifications.list': 'Messages envoyés',

  'notifications.heading': 'Messages envoyés',
  'notifications.lead':
    'Les e-mails et SMS envoyés par Passerelle à l’équipe et aux bénévoles, par exemple les rappels de retour des appareils prêtés.',
  'notifications.runNow': 'Envoyer maintenant',
  'notifications.running': 'Envoi en cours…',
  'notifications.runDone':
    'Envoi terminé. Rappels préparés : {queued}. Messages envoyés : {sent}. À réessayer : {retried}. En échec : {failed}.',
  'notifications.filters': 'Filtrer les messages',
  'notifications.status': 'État',
  'notifications.status.all': 'Tous les états',
  'notifications.status.pending': 'En attente',
  'notifications.status.sending': 'En cours d’envoi',
  'notifications.status.sent': 'Envoyé',
  'notifications.status.failed': 'Échec',
  'notifications.channel.email': 'E-mail',
  'notifications.channel.sms': 'SMS',
  'notifications.count.one': '{count} message',
  'notifications.count.other': '{count} messages',
  'notifications.caption': 'Messages envoyés, page {page}, les plus récents d’abord',
  'notifications.col.date': 'Date',
  'notifications.col.centre': 'Centre',
  'notifications.col.channel': 'Canal',
  'notifications.col.recipient': 'Destinataire',
  'notifications.col.subject': 'Objet',
  'notifications.col.status': 'État',
  'notifications.showBody': 'Lire le message',
  'notifications.sentAt': 'Envoyé le {date}',
  'notifications.attempts.one': '{count} essai',
  'notifications.attempts.other': '{count} essais',
  'notifications.reason': 'Raison : {reason}',
  'notifications.empty.title': 'Aucun message pour le moment',
  'notifications.empty.text':
    'Les rappels de retour des appareils prêtés apparaîtront ici : 7 jours avant la date prévue, puis le lendemain si l’appareil n’est pas revenu.',
} as const;
