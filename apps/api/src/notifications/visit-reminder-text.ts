import type { ReminderText } from './loan-reminder-text';

const FRENCH_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** "mardi 13 octobre à 14:00", Paris time. */
function when(instant: string): string {
  return FRENCH_DATE_TIME.format(new Date(instant));
}

const SIGNATURE = 'Message automatique de Passerelle, merci de ne pas y répondre.';

/** The day before a visit, to its volunteer (never to the senior). */
export function visitReminderText(
  facts: {
    recipientFirstName: string;
    visitId: string;
    seniorFirstName: string;
    seniorInitial: string;
    startsAt: string;
    place: 'home' | 'centre';
  },
  publicUrl: string,
): ReminderText {
  const senior = `${facts.seniorFirstName} ${facts.seniorInitial}.`;
  const where = facts.place === 'home' ? `chez ${senior}` : `avec ${senior} au centre`;
  const fact = `Votre visite ${where} est prévue demain, ${when(facts.startsAt)}.`;
  return {
    subject: `Rappel : visite ${where} demain`,
    body: [
      `Bonjour ${facts.recipientFirstName},`,
      '',
      fact,
      '',
      'Si vous ne pouvez pas venir, dites-le depuis la page de la visite : la coordination sera prévenue.',
      `${publicUrl}/benevole/visites/${facts.visitId}`,
      '',
      SIGNATURE,
    ].join('\n'),
    smsBody: `Passerelle : ${fact} Empêché ? ${publicUrl}/benevole/visites/${facts.visitId}`,
  };
}

/** "Je ne peux pas venir": to each coordinator of the centre. */
export function cannotComeText(
  facts: {
    recipientFirstName: string;
    volunteerName: string;
    seniorName: string;
    startsAt: string;
    reason: string;
  },
  publicUrl: string,
): ReminderText {
  const fact = `${facts.volunteerName} ne peut pas venir à la visite chez ${facts.seniorName} du ${when(facts.startsAt)}.`;
  return {
    subject: `Visite annulée par le bénévole : ${facts.seniorName}`,
    body: [
      `Bonjour ${facts.recipientFirstName},`,
      '',
      fact,
      `Motif donné : « ${facts.reason} »`,
      '',
      'La visite est annulée. Prévenez la personne si besoin et proposez un autre créneau :',
      `${publicUrl}/coordination/visites`,
      '',
      SIGNATURE,
    ].join('\n'),
    smsBody: `Passerelle : ${fact} Visite annulée, à replanifier.`,
  };
}

/** A visit that ended more than a day ago without a report: to each coordinator, once. */
export function reportMissingText(
  facts: { recipientFirstName: string; volunteerName: string; seniorName: string; startsAt: string },
  publicUrl: string,
): ReminderText {
  const fact = `La visite de ${facts.volunteerName} chez ${facts.seniorName} du ${when(facts.startsAt)} n’a pas encore de compte rendu.`;
  return {
    subject: `Compte rendu manquant : visite chez ${facts.seniorName}`,
    body: [
      `Bonjour ${facts.recipientFirstName},`,
      '',
      fact,
      '',
      'Pouvez-vous vérifier avec le bénévole que la visite a bien eu lieu ?',
      `${publicUrl}/coordination/visites`,
      '',
      SIGNATURE,
    ].join('\n'),
    smsBody: `Passerelle : ${fact}`,
  };
}
