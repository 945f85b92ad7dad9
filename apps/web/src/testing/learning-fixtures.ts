import type {
  CertificateVerification,
  CourseProgress,
  LearnerStep,
  LearningBatchResponse,
  LearningRecord,
  PublishedCourse,
} from '@passerelle/contracts';
import type { QuizLearnerStep } from '../app/shared/learning/learning-event';

export const COURSE_ID = '44444444-4444-4444-8444-444444444444';

export function aQuizStep(overrides: Partial<QuizLearnerStep> = {}): QuizLearnerStep {
  return {
    key: 'quiz-arnaques',
    type: 'quiz',
    title: 'Reconnaître une arnaque',
    passThreshold: 100,
    questions: [
      {
        key: 'q-banque',
        prompt: 'Votre banque vous demande votre code par e-mail. Que faites-vous ?',
        multiple: false,
        choices: [
          { key: 'repondre', text: 'Je réponds avec mon code' },
          { key: 'ignorer', text: 'Je ne réponds pas et j’appelle ma banque' },
        ],
      },
      {
        key: 'q-signes',
        prompt: 'Quels signes doivent vous alerter ?',
        multiple: true,
        choices: [
          { key: 'urgence', text: 'On vous presse d’agir tout de suite' },
          { key: 'fautes', text: 'Le message contient des fautes' },
          { key: 'prenom', text: 'Le message vous appelle par votre prénom' },
        ],
      },
    ],
    ...overrides,
  };
}

export function aPublishedCourse(
  steps: LearnerStep[],
  overrides: Partial<PublishedCourse> = {},
): PublishedCourse {
  return {
    id: COURSE_ID,
    slug: 'accompagner-sans-faire-a-la-place',
    title: 'Accompagner sans faire à la place',
    summary: 'Les gestes du bénévole qui laisse la main au senior.',
    audience: 'volunteer',
    level: 1,
    estimatedMinutes: 45,
    requiredForVisits: true,
    coverUrl: null,
    competences: [{ code: '2.1', area: 'Communication', title: 'Interagir' }],
    scope: 'federation',
    centreId: null,
    lessonCount: 2,
    publishedVersion: 1,
    publishedAt: '2026-01-10T09:00:00.000Z',
    hasDraft: false,
    version: 1,
    content: {
      modules: [
        {
          key: 'module-1',
          title: 'Premiers pas',
          lessons: [
            { key: 'lecon-1', title: 'La posture', required: true, steps },
            {
              key: 'lecon-2',
              title: 'Les mots simples',
              required: true,
              steps: [{ key: 'mots-intro', type: 'text', markdown: 'Parlez simplement.' }],
            },
          ],
        },
      ],
    },
    ...overrides,
  };
}

export function aProgress(overrides: Partial<CourseProgress> = {}): CourseProgress {
  return {
    courseId: COURSE_ID,
    personId: '11111111-1111-4111-8111-111111111111',
    status: 'not_started',
    percent: 0,
    resumeStepKey: null,
    completedAt: null,
    certificateCode: null,
    lessons: [],
    ...overrides,
  };
}

/** The API's answer to a batch: every record stored (201) unless told otherwise. */
export function aBatchResponse(
  records: LearningRecord[],
  statusOf: (record: LearningRecord) => number = () => 201,
  progress: CourseProgress[] = [],
): LearningBatchResponse {
  return { results: records.map((r) => ({ id: r.id, status: statusOf(r) })), progress };
}

export function aValidVerification(): CertificateVerification {
  return {
    valid: true,
    certificate: {
      code: 'PA-7K2M9Q',
      learnerName: 'Lucie Bernard',
      courseTitle: 'Accompagner sans faire à la place',
      centreName: 'Centre social des Lilas',
      issuedAt: '2026-03-12T10:00:00.000Z',
      durationMinutes: 90,
      competences: [{ code: '2.1', area: 'Communication', title: 'Interagir' }],
    },
  };
}
