import type { Audience, CourseLevel, LearnerStep } from '@passerelle/contracts';
import type { TranslationKey } from '../i18n/fr';
import type { Language } from '../i18n/translation.service';

export const AUDIENCE_LABEL_KEYS: Readonly<Record<Audience, TranslationKey>> = {
  senior: 'learning.audience.senior',
  volunteer: 'learning.audience.volunteer',
  both: 'learning.audience.both',
};

export const LEVEL_LABEL_KEYS: Readonly<Record<CourseLevel, TranslationKey>> = {
  1: 'learning.level.1',
  2: 'learning.level.2',
  3: 'learning.level.3',
};

export const STEP_TYPE_LABEL_KEYS: Readonly<Record<LearnerStep['type'], TranslationKey>> = {
  text: 'learning.stepType.text',
  image: 'learning.stepType.image',
  video: 'learning.stepType.video',
  quiz: 'learning.stepType.quiz',
  practice: 'learning.stepType.practice',
  observation: 'learning.stepType.observation',
};

/** A step's own words for a summary list, when it has some. */
export function stepTitle(step: LearnerStep): string | null {
  switch (step.type) {
    case 'text':
    case 'quiz':
      return step.title ?? null;
    case 'image':
      return step.caption ?? step.alt;
    case 'video':
    case 'practice':
      return step.title;
    case 'observation':
      return step.skill;
  }
}

/** "45 min", "1 h 30", "2 h". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** "12 mars 2026" / "12 March 2026". */
export function formatDate(iso: string, language: Language): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    // A date-only value names a calendar day, not an instant: never shift it by a time zone.
    timeZone: dateOnly ? 'UTC' : 'Europe/Paris',
  }).format(date);
}
