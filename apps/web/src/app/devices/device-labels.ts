import type {
  ACCESSORIES,
  DEVICE_CONDITIONS,
  DeviceKind,
  DeviceStatus,
  LEARNING_VERBS,
  Loan,
} from '@passerelle/contracts';
import type { DeviceEvent } from '../shared/api/devices-api.service';
import type { TranslationKey } from '../shared/i18n/fr';
import type { TranslationParams } from '../shared/i18n/translation.service';

export type Accessory = (typeof ACCESSORIES)[number];
export type DeviceCondition = (typeof DEVICE_CONDITIONS)[number];
export type LoanKind = Loan['kind'];

/** Labels shared by every device screen (inventory, loan wizard, returns, reports). */
export const DEVICE_KIND_LABEL_KEYS: Readonly<Record<DeviceKind, TranslationKey>> = {
  tablet: 'device.kind.tablet',
  smartphone: 'device.kind.smartphone',
  basic_phone: 'device.kind.basic_phone',
  computer: 'device.kind.computer',
  internet_connection: 'device.kind.internet_connection',
};

export const DEVICE_STATUS_LABEL_KEYS: Readonly<Record<DeviceStatus, TranslationKey>> = {
  in_stock: 'device.status.in_stock',
  on_loan: 'device.status.on_loan',
  given: 'device.status.given',
  in_repair: 'device.status.in_repair',
  lost: 'device.status.lost',
  retired: 'device.status.retired',
};

export const ACCESSORY_LABEL_KEYS: Readonly<Record<Accessory, TranslationKey>> = {
  charger: 'device.accessory.charger',
  cable: 'device.accessory.cable',
  case: 'device.accessory.case',
  stylus: 'device.accessory.stylus',
  sim: 'device.accessory.sim',
  box: 'device.accessory.box',
};

export const DEVICE_CONDITION_LABEL_KEYS: Readonly<Record<DeviceCondition, TranslationKey>> = {
  new: 'device.condition.new',
  good: 'device.condition.good',
  fair: 'device.condition.fair',
  damaged: 'device.condition.damaged',
};

export const LOAN_KIND_LABEL_KEYS: Readonly<Record<LoanKind, TranslationKey>> = {
  loan: 'device.loanKind.loan',
  gift: 'device.loanKind.gift',
};

const LEARNING_VERB_LABEL_KEYS: Readonly<Record<(typeof LEARNING_VERBS)[number], TranslationKey>> = {
  experienced: 'device.verb.experienced',
  answered: 'device.verb.answered',
  completed: 'device.verb.completed',
  'asked-help': 'device.verb.asked-help',
  observed: 'device.verb.observed',
};

const RETURN_ISSUE_LABEL_KEYS: Readonly<Record<string, TranslationKey>> = {
  'missing:charger': 'device.issue.missing.charger',
  'missing:cable': 'device.issue.missing.cable',
  'missing:case': 'device.issue.missing.case',
  'missing:stylus': 'device.issue.missing.stylus',
  'missing:sim': 'device.issue.missing.sim',
  'missing:box': 'device.issue.missing.box',
  personal_data_not_wiped: 'device.issue.personal_data_not_wiped',
};

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/**
 * A problem noted at return ("missing:charger", "personal_data_not_wiped") in plain words. The
 * contract types issues as free strings: an unknown one is shown as the API sent it.
 */
export function returnIssueLabel(issue: string, t: Translate): string {
  const key = Object.prototype.hasOwnProperty.call(RETURN_ISSUE_LABEL_KEYS, issue)
    ? RETURN_ISSUE_LABEL_KEYS[issue]
    : undefined;
  return key ? t(key) : issue;
}

/** A learning record's verb in plain words; an unknown verb is shown as sent. */
export function learningVerbLabel(verb: string, t: Translate): string {
  const key = (LEARNING_VERB_LABEL_KEYS as Readonly<Record<string, TranslationKey | undefined>>)[verb];
  return key ? t(key) : verb;
}

/** A status badge's look; the status is always written out too, never shown by colour alone. */
export function deviceStatusTone(status: DeviceStatus): 'ok' | 'busy' | 'warning' | 'muted' {
  switch (status) {
    case 'in_stock':
      return 'ok';
    case 'on_loan':
    case 'given':
      return 'busy';
    case 'in_repair':
    case 'lost':
      return 'warning';
    case 'retired':
      return 'muted';
  }
}

/** Today's date in Paris, as 'YYYY-MM-DD' (ADR 0004): the day a due date is compared with. */
export function todayInParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from one 'YYYY-MM-DD' to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days a loan is late on `today` (0 when it is not late or has no due date). */
export function daysLate(dueOn: string | null, today: string): number {
  return dueOn ? Math.max(0, daysBetween(dueOn, today)) : 0;
}

/** One history event as a plain sentence, e.g. « Prêté à Jeanne Dupont ». */
export function deviceEventSentence(
  event: DeviceEvent,
  t: Translate,
  formatDateOnly?: (date: string) => string,
): string {
  const status = (value: DeviceStatus | null) => (value ? t(DEVICE_STATUS_LABEL_KEYS[value]) : '');
  const name = recipientNameOf(event.details);
  switch (event.type) {
    case 'created':
      return t('device.event.created');
    case 'updated':
      return t('device.event.updated');
    case 'status_changed':
      return t('device.event.status_changed', { from: status(event.fromStatus), to: status(event.toStatus) });
    case 'lent':
      return name ? t('device.event.lentTo', { name }) : t('device.event.lent');
    case 'given':
      return name ? t('device.event.givenTo', { name }) : t('device.event.given');
    case 'returned':
      return t('device.event.returned', { to: status(event.toStatus) });
    case 'extended': {
      const dueOn = event.details['dueOn'];
      return typeof dueOn === 'string' && formatDateOnly
        ? t('device.event.extendedTo', { date: formatDateOnly(dueOn) })
        : t('device.event.extended');
    }
  }
}

/** The contract leaves `details` open; the recipient's name is used when the API puts it there. */
function recipientNameOf(details: Readonly<Record<string, unknown>>): string | null {
  for (const field of ['recipientName', 'personName', 'householdName']) {
    const value = details[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** "12 mars 2026 à 14:05" / "12 March 2026 at 14:05", in Paris time. */
export function formatDateTime(iso: string, language: 'fr' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);
}
