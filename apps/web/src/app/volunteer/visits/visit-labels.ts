import type {
  AutonomyLevel,
  EquipmentUsed,
  Observation,
  ReportPlaceType,
  VisitOutcome,
  VisitPlace,
  VisitStatus,
  VisitTheme,
} from '@passerelle/contracts';
import type { TranslationKey } from '../../shared/i18n/fr';

export const VISIT_STATUS_LABEL_KEYS: Readonly<Record<VisitStatus, TranslationKey>> = {
  planned: 'visits.status.planned',
  done: 'visits.status.done',
  cancelled: 'visits.status.cancelled',
};

export const VISIT_PLACE_LABEL_KEYS: Readonly<Record<VisitPlace, TranslationKey>> = {
  home: 'visits.place.home',
  centre: 'visits.place.centre',
};

export const VISIT_OUTCOME_LABEL_KEYS: Readonly<Record<VisitOutcome, TranslationKey>> = {
  done: 'visits.outcome.done',
  not_home: 'visits.outcome.not_home',
  tablet_not_charged: 'visits.outcome.tablet_not_charged',
  cancelled_by_senior: 'visits.outcome.cancelled_by_senior',
  cancelled_by_volunteer: 'visits.outcome.cancelled_by_volunteer',
  no_show: 'visits.outcome.no_show',
};

export const OBSERVATION_LABEL_KEYS: Readonly<Record<Observation, TranslationKey>> = {
  alone: 'visits.observation.alone',
  with_help: 'visits.observation.with_help',
  not_yet: 'visits.observation.not_yet',
};

export const REPORT_PLACE_TYPE_LABEL_KEYS: Readonly<Record<ReportPlaceType, TranslationKey>> = {
  home: 'visits.placeType.home',
  centre: 'visits.placeType.centre',
  other: 'visits.placeType.other',
};

export const AUTONOMY_LABEL_KEYS: Readonly<Record<AutonomyLevel, TranslationKey>> = {
  discovering: 'visits.autonomy.discovering',
  with_help: 'visits.autonomy.with_help',
  autonomous: 'visits.autonomy.autonomous',
};

export const EQUIPMENT_LABEL_KEYS: Readonly<Record<EquipmentUsed, TranslationKey>> = {
  loaned_tablet: 'visits.equipment.loaned_tablet',
  own_smartphone: 'visits.equipment.own_smartphone',
  own_computer: 'visits.equipment.own_computer',
  centre_device: 'visits.equipment.centre_device',
  other: 'visits.equipment.other',
};

export const THEME_LABEL_KEYS: Readonly<Record<VisitTheme, TranslationKey>> = {
  tablet_basics: 'visits.theme.tablet_basics',
  video_call: 'visits.theme.video_call',
  messages: 'visits.theme.messages',
  photos: 'visits.theme.photos',
  online_procedures: 'visits.theme.online_procedures',
  safety: 'visits.theme.safety',
  other: 'visits.theme.other',
};

export const WEEKDAY_LABEL_KEYS: Readonly<Record<number, TranslationKey>> = {
  1: 'visits.weekday.1',
  2: 'visits.weekday.2',
  3: 'visits.weekday.3',
  4: 'visits.weekday.4',
  5: 'visits.weekday.5',
  6: 'visits.weekday.6',
  7: 'visits.weekday.7',
};
