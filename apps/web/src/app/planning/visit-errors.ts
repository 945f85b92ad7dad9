import { HttpErrorResponse } from '@angular/common/http';
import type { SeriesOccurrence, TrainingRef, VisitConflict } from '@passerelle/contracts';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import type { Language, TranslationParams } from '../shared/i18n/translation.service';
import type { ErrorSummaryItem, ErrorSummaryMessage } from '../shared/ui/error-summary.component';
import { formatDay, formatInstantDay, parisTime } from './paris-week';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** A refused booking in plain words: one sentence, then what stands in the way (one line each). */
export interface VisitProblem {
  message: string;
  items: string[];
}

/** The problem as error summary lines: the sentence leads, each obstacle is a line of the list. */
export function problemSummary(problem: VisitProblem): {
  lead: ErrorSummaryMessage;
  errors: ErrorSummaryItem[];
} {
  return { lead: { text: problem.message }, errors: problem.items.map((text) => ({ text })) };
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function errorBody(error: unknown): { code: string; details: Record<string, unknown> } | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = record(error.error);
  if (!body || typeof body['code'] !== 'string') return null;
  return { code: body['code'], details: record(body['details']) ?? {} };
}

function isConflict(value: unknown): value is VisitConflict {
  const visit = record(record(value)?.['visit']);
  return (
    !!visit &&
    typeof visit['startsAt'] === 'string' &&
    typeof visit['endsAt'] === 'string' &&
    !!record(visit['senior']) &&
    !!record(visit['volunteer'])
  );
}

function isOccurrence(value: unknown): value is SeriesOccurrence {
  const occurrence = record(value);
  return !!occurrence && typeof occurrence['startsAt'] === 'string' && Array.isArray(occurrence['conflicts']);
}

function isTraining(value: unknown): value is TrainingRef {
  return typeof record(value)?.['title'] === 'string';
}

function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** "Camille Dubois a déjà une visite mardi 1 décembre de 14:00 à 15:00". */
export function conflictSentence(conflict: VisitConflict, t: Translate, language: Language): string {
  const { visit } = conflict;
  const params = {
    day: formatInstantDay(visit.startsAt, language),
    start: parisTime(visit.startsAt),
    end: parisTime(visit.endsAt),
  };
  if (conflict.clash === 'both')
    return t('planning.conflict.both', {
      ...params,
      volunteer: fullName(visit.volunteer),
      senior: fullName(visit.senior),
    });
  const who = conflict.clash === 'senior' ? visit.senior : visit.volunteer;
  return t('planning.conflict.one', { ...params, name: fullName(who) });
}

/** "Ne peut pas encore : formation manquante « … »", or the charter, or an inactive volunteer. */
export function ineligibilityReason(
  eligibility: { charterSigned: boolean; missingTrainings: readonly TrainingRef[]; active?: boolean },
  t: Translate,
): string {
  const reasons: string[] = [];
  if (eligibility.active === false) reasons.push(t('planning.eligibility.inactive'));
  if (!eligibility.charterSigned) reasons.push(t('planning.eligibility.charter'));
  const missing = eligibility.missingTrainings;
  if (missing.length > 0) {
    const titles = missing.map((m) => `« ${m.title} »`).join(', ');
    reasons.push(
      t(missing.length > 1 ? 'planning.eligibility.trainings' : 'planning.eligibility.training', { titles }),
    );
  }
  if (reasons.length === 0) reasons.push(t('planning.eligibility.inactive'));
  return t('planning.eligibility.notYet', { reasons: reasons.join(' ; ') });
}

/** The plain French (or English) account of a failed booking, move or series. */
export function describeVisitError(error: unknown, t: Translate, language: Language): VisitProblem {
  const body = errorBody(error);
  switch (body?.code) {
    case 'visit_conflict': {
      const conflicts = Array.isArray(body.details['conflicts']) ? body.details['conflicts'] : [];
      return {
        message: t('planning.error.conflict'),
        items: conflicts.filter(isConflict).map((c) => conflictSentence(c, t, language)),
      };
    }
    case 'visit_series_conflict': {
      const occurrences = Array.isArray(body.details['occurrences']) ? body.details['occurrences'] : [];
      return {
        message: t('planning.error.seriesConflict'),
        items: occurrences
          .filter(isOccurrence)
          .flatMap((o) =>
            o.weekFull
              ? [t('planning.conflict.weekFull', { day: formatInstantDay(o.startsAt, language) })]
              : o.conflicts.filter(isConflict).map((c) => conflictSentence(c, t, language)),
          ),
      };
    }
    case 'volunteer_week_full': {
      const max = Number(body.details['maxVisitsPerWeek']);
      const week = typeof body.details['weekStart'] === 'string' ? body.details['weekStart'] : null;
      return {
        message: t('planning.error.weekFull'),
        items: week ? [t('planning.error.weekFullDetail', { week: formatDay(week, language), max })] : [],
      };
    }
    case 'volunteer_not_eligible': {
      const missing = Array.isArray(body.details['missingTrainings']) ? body.details['missingTrainings'] : [];
      const charterSigned = body.details['charterSigned'] !== false;
      return {
        message: t('planning.error.notEligible'),
        items: [ineligibilityReason({ charterSigned, missingTrainings: missing.filter(isTraining) }, t)],
      };
    }
    case 'visit_not_planned':
      return { message: t('planning.error.notPlanned'), items: [] };
    case 'visit_series_ended':
      return { message: t('planning.error.seriesEnded'), items: [] };
    default:
      return { message: t(toUiError(error).messageKey), items: [] };
  }
}
