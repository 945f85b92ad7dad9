import { frenchLongDate } from '../common/calendar';

/** Everything a return reminder says, for one loan and one recipient. */
export interface LoanReminderFacts {
  kind: 'loan_due_soon' | 'loan_overdue';
  recipientRole: 'coordinator' | 'volunteer';
  recipientFirstName: string;
  deviceId: string;
  deviceKind: string;
  assetTag: string;
  /** The senior's name; null when the loan is to a household. */
  borrowerName: string | null;
  seniorId: string | null;
  dueOn: string;
  today: string;
}

export interface ReminderText {
  subject: string;
  body: string;
  smsBody: string;
}

const DEVICE_NOUNS: Record<string, { noun: string; article: string; feminine: boolean }> = {
  tablet: { noun: 'tablette', article: 'la ', feminine: true },
  smartphone: { noun: 'smartphone', article: 'le ', feminine: false },
  basic_phone: { noun: 'téléphone', article: 'le ', feminine: false },
  computer: { noun: 'ordinateur', article: 'l’', feminine: false },
  internet_connection: { noun: 'connexion internet', article: 'la ', feminine: true },
};
const SOME_DEVICE = { noun: 'appareil', article: 'l’', feminine: false };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "dans 7 jours", "demain", "aujourd’hui", "hier", "il y a 3 jours". */
function relativeDay(today: string, day: string): string {
  const days = daysBetween(today, day);
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  return days > 1 ? `dans ${days} jours` : `il y a ${-days} jours`;
}

/** Plain French, addressed to the coordination or to the volunteer; the senior never receives it. */
export function loanReminderText(facts: LoanReminderFacts, publicUrl: string): ReminderText {
  const device = DEVICE_NOUNS[facts.deviceKind] ?? SOME_DEVICE;
  const lent = device.feminine ? 'prêtée' : 'prêté';
  const what = `${device.article}${device.noun} ${facts.assetTag}`;
  const to = facts.borrowerName ?? 'un foyer';
  const date = frenchLongDate(facts.dueOn);
  const when = relativeDay(facts.today, facts.dueOn);
  const overdue = facts.kind === 'loan_overdue';
  const coordinator = facts.recipientRole === 'coordinator';
  const link =
    coordinator || !facts.seniorId
      ? `${publicUrl}/coordination/appareils/${facts.deviceId}`
      : `${publicUrl}/benevole/seniors/${facts.seniorId}`;

  const fact = overdue
    ? `${capitalise(what)} ${lent} à ${to} devait revenir au centre le ${date} (${when}).`
    : `${capitalise(what)} ${lent} à ${to} doit revenir au centre le ${date} (${when}).`;
  const ask = coordinator
    ? overdue
      ? 'Le prêt est en retard : contactez la personne pour convenir du retour, ou prolongez le prêt.'
      : 'Convenez du retour avec la personne, ou prolongez le prêt si elle en a encore besoin.'
    : `Pouvez-vous en parler avec ${to} lors de votre prochain échange ? La coordination du centre est prévenue elle aussi.`;

  return {
    subject: overdue
      ? `Prêt en retard : ${device.noun} ${facts.assetTag}`
      : `Retour prévu le ${date} : ${device.noun} ${facts.assetTag}`,
    body: [
      `Bonjour ${facts.recipientFirstName},`,
      '',
      fact,
      '',
      ask,
      link,
      '',
      'Message automatique de Passerelle, merci de ne pas y répondre.',
    ].join('\n'),
    smsBody: `Passerelle : ${fact} ${coordinator ? 'Merci de convenir du retour.' : 'Pouvez-vous en parler avec la personne ?'}`,
  };
}

/** A loan is "due soon" this many days before its due date, and overdue the day after it. */
export const DUE_SOON_DAYS = 7;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
