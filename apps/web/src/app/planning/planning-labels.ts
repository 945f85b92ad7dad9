import type { VisitOutcome, VisitPlace, VisitStatus } from '@passerelle/contracts';
import type { TranslationKey } from '../shared/i18n/fr';

export const PLACE_LABEL_KEYS: Readonly<Record<VisitPlace, TranslationKey>> = {
  home: 'planning.place.home',
  centre: 'planning.place.centre',
};

export const STATUS_LABEL_KEYS: Readonly<Record<VisitStatus, TranslationKey>> = {
  planned: 'planning.status.planned',
  done: 'planning.status.done',
  cancelled: 'planning.status.cancelled',
};

export const OUTCOME_LABEL_KEYS: Readonly<Record<VisitOutcome, TranslationKey>> = {
  done: 'planning.outcome.done',
  not_home: 'planning.outcome.not_home',
  tablet_not_charged: 'planning.outcome.tablet_not_charged',
  cancelled_by_senior: 'planning.outcome.cancelled_by_senior',
  cancelled_by_volunteer: 'planning.outcome.cancelled_by_volunteer',
  no_show: 'planning.outcome.no_show',
};

/** ISO weekday (1 = Monday) to its name. */
export const WEEKDAY_LABEL_KEYS: Readonly<Record<number, TranslationKey>> = {
  1: 'planning.weekday.1',
  2: 'planning.weekday.2',
  3: 'planning.weekday.3',
  4: 'planning.weekday.4',
  5: 'planning.weekday.5',
  6: 'planning.weekday.6',
  7: 'planning.weekday.7',
};
