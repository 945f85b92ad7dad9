import type { Audience, CourseLevel, StepType } from '@passerelle/contracts';
import type { TranslationKey } from '../shared/i18n/fr';
import type { TranslationService } from '../shared/i18n/translation.service';
import type { NewItemTitles } from './content-tree';
import type { DraftError } from './draft-errors';

export const AUDIENCE_LABEL_KEYS: Readonly<Record<Audience, TranslationKey>> = {
  senior: 'authoring.audience.senior',
  volunteer: 'authoring.audience.volunteer',
  both: 'authoring.audience.both',
};

export const LEVEL_LABEL_KEYS: Readonly<Record<CourseLevel, TranslationKey>> = {
  1: 'authoring.level.1',
  2: 'authoring.level.2',
  3: 'authoring.level.3',
};

export const STEP_TYPE_LABEL_KEYS: Readonly<Record<StepType, TranslationKey>> = {
  text: 'authoring.stepType.text',
  image: 'authoring.stepType.image',
  video: 'authoring.stepType.video',
  quiz: 'authoring.stepType.quiz',
  practice: 'authoring.stepType.practice',
  observation: 'authoring.stepType.observation',
};

export const ENROLMENT_STATUS_LABEL_KEYS: Readonly<
  Record<'not_started' | 'in_progress' | 'completed', TranslationKey>
> = {
  not_started: 'authoring.learners.status.not_started',
  in_progress: 'authoring.learners.status.in_progress',
  completed: 'authoring.learners.status.completed',
};

/** The titles new items get, in the author's language; their keys are made from them. */
export function newItemTitles(
  i18n: TranslationService,
  numbers: { module?: number; lesson?: number } = {},
): NewItemTitles {
  return {
    module: i18n.translate('authoring.new.module', { n: numbers.module ?? 1 }),
    lesson: i18n.translate('authoring.new.lesson', { n: numbers.lesson ?? 1 }),
    step: i18n.translate('authoring.stepType.text'),
    question: i18n.translate('authoring.new.question'),
    choice: i18n.translate('authoring.new.choice'),
  };
}

/** First message per field of one item, for the form showing it. */
export function errorsByField(errors: readonly DraftError[]): Record<string, TranslationKey> {
  const keys: Record<string, TranslationKey> = {};
  for (const error of errors) keys[error.field] ??= error.messageKey;
  return keys;
}

const FIELD_LABEL_KEYS: Readonly<Record<string, TranslationKey>> = {
  title: 'authoring.field.title',
  summary: 'authoring.field.summary',
  audience: 'authoring.field.audience',
  level: 'authoring.field.level',
  estimatedMinutes: 'authoring.field.estimatedMinutes',
  competenceCodes: 'authoring.field.competenceCodes',
  coverMediaId: 'authoring.field.coverMediaId',
  markdown: 'authoring.field.markdown',
  mediaId: 'authoring.field.mediaId',
  captionsMediaId: 'authoring.field.captionsMediaId',
  alt: 'authoring.field.alt',
  caption: 'authoring.field.caption',
  transcript: 'authoring.field.transcript',
  passThreshold: 'authoring.field.passThreshold',
  prompt: 'authoring.field.prompt',
  choices: 'authoring.field.choices',
  text: 'authoring.field.text',
  feedback: 'authoring.field.feedback',
  instruction: 'authoring.field.instruction',
  helpText: 'authoring.field.helpText',
  skill: 'authoring.field.skill',
  description: 'authoring.field.description',
  key: 'authoring.field.key',
  modules: 'authoring.field.modules',
  lessons: 'authoring.field.lessons',
  steps: 'authoring.field.steps',
  questions: 'authoring.field.questions',
};

/** "questions.0.choices.1.feedback" -> "Question 1, réponse 2, Explication". */
export function fieldLabel(i18n: TranslationService, field: string): string {
  const parts = field.split('.');
  const labels: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    if ((part === 'questions' || part === 'choices') && next !== undefined && /^\d+$/.test(next)) {
      const n = Number(next) + 1;
      labels.push(
        i18n.translate(part === 'questions' ? 'authoring.quiz.question' : 'authoring.quiz.choice', { n }),
      );
      i += 1;
    } else if (i === parts.length - 1) {
      const key = FIELD_LABEL_KEYS[part];
      if (key) labels.push(i18n.translate(key));
    }
  }
  return labels.join(', ');
}
