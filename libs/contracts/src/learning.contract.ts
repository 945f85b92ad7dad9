import { z } from 'zod';
import { IdSchema, InstantSchema, PaginationQuerySchema, paginatedSchema } from './common.contract';
import {
  AudienceSchema,
  CompetenceSchema,
  ContentKeySchema,
  CourseContentSchema,
  CourseLevelSchema,
  CourseMetaSchema,
  ImageStepSchema,
  ObservationStepSchema,
  PracticeStepSchema,
  QuizStepSchema,
  TextStepSchema,
  VideoStepSchema,
} from './courses.contract';

// ─── Catalogue and courses ──────────────────────────────────────────────────────────────────────────

export const CourseScopeSchema = z.enum(['federation', 'centre']);

export const CourseSummarySchema = z.object({
  id: IdSchema,
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  audience: AudienceSchema,
  level: CourseLevelSchema,
  estimatedMinutes: z.number().int(),
  requiredForVisits: z.boolean(),
  /** URL of the cover image, or null. */
  coverUrl: z.string().nullable(),
  competences: z.array(CompetenceSchema),
  /** 'federation': the shared library; 'centre': one centre's own course. */
  scope: CourseScopeSchema,
  centreId: IdSchema.nullable(),
  lessonCount: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  hasDraft: z.boolean(),
});
export type CourseSummary = z.infer<typeof CourseSummarySchema>;

export const CataloguePageSchema = paginatedSchema(CourseSummarySchema);

export const CatalogueQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  audience: AudienceSchema.optional(),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

/** A quiz as a learner receives it: which choices are right, and the feedback, come after answering. */
export const LearnerQuizStepSchema = QuizStepSchema.extend({
  questions: z.array(
    z.object({
      key: ContentKeySchema,
      prompt: z.string(),
      multiple: z.boolean(),
      choices: z.array(z.object({ key: ContentKeySchema, text: z.string() })),
    }),
  ),
});
export type LearnerQuizStep = z.infer<typeof LearnerQuizStepSchema>;

export const LearnerStepSchema = z.discriminatedUnion('type', [
  TextStepSchema,
  ImageStepSchema,
  VideoStepSchema,
  LearnerQuizStepSchema,
  PracticeStepSchema,
  ObservationStepSchema,
]);
export type LearnerStep = z.infer<typeof LearnerStepSchema>;

export const LearnerContentSchema = z.object({
  modules: z.array(
    z.object({
      key: ContentKeySchema,
      title: z.string(),
      lessons: z.array(
        z.object({
          key: ContentKeySchema,
          title: z.string(),
          required: z.boolean(),
          steps: z.array(LearnerStepSchema),
        }),
      ),
    }),
  ),
});
export type LearnerContent = z.infer<typeof LearnerContentSchema>;

/** A published course as the learner's player renders it. */
export const PublishedCourseSchema = CourseSummarySchema.extend({
  version: z.number().int(),
  content: LearnerContentSchema,
});
export type PublishedCourse = z.infer<typeof PublishedCourseSchema>;

/** A volunteer reads a course meant for seniors when preparing or reporting a visit to a senior they coach. */
export const PublishedCourseQuerySchema = z.object({ forSenior: IdSchema.optional() });

/** What authors edit: the draft's meta and content tree. */
export const CourseDraftSchema = z.object({
  meta: CourseMetaSchema,
  content: CourseContentSchema,
});
export type CourseDraft = z.infer<typeof CourseDraftSchema>;

// ─── Progress ───────────────────────────────────────────────────────────────────────────────────────

export const STEP_STATUSES = [
  'not_started',
  'seen',
  'passed',
  'failed',
  'done',
  'needs_help',
  'observed',
] as const;
export const StepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatusSchema>;

export const OBSERVATIONS = ['alone', 'with_help', 'not_yet'] as const;
export const ObservationSchema = z.enum(OBSERVATIONS);
export type Observation = z.infer<typeof ObservationSchema>;

export const StepProgressSchema = z.object({
  key: ContentKeySchema,
  status: StepStatusSchema,
  complete: z.boolean(),
  /** Quiz: best score in percent. */
  score: z.number().int().min(0).max(100).nullable(),
  attempts: z.number().int().min(0),
  /** Observation: the latest level a volunteer observed. */
  observation: ObservationSchema.nullable(),
});
export type StepProgress = z.infer<typeof StepProgressSchema>;

export const LessonProgressSchema = z.object({
  key: ContentKeySchema,
  required: z.boolean(),
  complete: z.boolean(),
  steps: z.array(StepProgressSchema),
});

export const ENROLMENT_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export const EnrolmentStatusSchema = z.enum(ENROLMENT_STATUSES);

export const CourseProgressSchema = z.object({
  courseId: IdSchema,
  personId: IdSchema,
  status: EnrolmentStatusSchema,
  /** Share of required steps complete, 0–100. */
  percent: z.number().int().min(0).max(100),
  /** Where "Reprendre" leads: the first step not complete, in course order. */
  resumeStepKey: ContentKeySchema.nullable(),
  completedAt: z.string().nullable(),
  certificateCode: z.string().nullable(),
  lessons: z.array(LessonProgressSchema),
});
export type CourseProgress = z.infer<typeof CourseProgressSchema>;

export const MyCourseSchema = z.object({
  course: CourseSummarySchema,
  status: EnrolmentStatusSchema,
  percent: z.number().int().min(0).max(100),
  resumeStepKey: ContentKeySchema.nullable(),
  completedAt: z.string().nullable(),
  certificateCode: z.string().nullable(),
});
export type MyCourse = z.infer<typeof MyCourseSchema>;
export const MyCourseListSchema = z.array(MyCourseSchema);

/** Completion per learner of one course, for coordinators. */
export const LearnerProgressSchema = z.object({
  person: z.object({ id: IdSchema, firstName: z.string(), lastName: z.string(), role: z.string() }),
  status: EnrolmentStatusSchema,
  percent: z.number().int(),
  completedAt: z.string().nullable(),
  enrolledAt: z.string(),
});
export const LearnerProgressListSchema = z.array(LearnerProgressSchema);

// ─── Enrolment ──────────────────────────────────────────────────────────────────────────────────────

export const EnrolRequestSchema = z
  .object({
    personIds: z.array(IdSchema).max(500).default([]),
    cohortId: IdSchema.optional(),
  })
  .refine((v) => v.personIds.length > 0 || v.cohortId, {
    message: 'Choisissez au moins une personne ou un groupe.',
  });
export type EnrolRequest = z.infer<typeof EnrolRequestSchema>;

export const EnrolResultSchema = z.object({ enrolled: z.number().int(), alreadyEnrolled: z.number().int() });
export type EnrolResult = z.infer<typeof EnrolResultSchema>;

export const SelfEnrolRequestSchema = z.object({ courseId: IdSchema });

// ─── Learning records (xAPI-shaped statements) ──────────────────────────────────────────────────────

export const LEARNING_VERBS = ['experienced', 'answered', 'completed', 'asked-help', 'observed'] as const;
export const LearningVerbSchema = z.enum(LEARNING_VERBS);
export type LearningVerb = z.infer<typeof LearningVerbSchema>;

/** Quiz answer: for each question key, the choice keys the learner selected. */
export const QuizResponseSchema = z.record(ContentKeySchema, z.array(ContentKeySchema).max(8));

export const LearningRecordSchema = z
  .object({
    /** Generated by the client (UUID) so that a retried send is recognised. */
    id: IdSchema,
    /** The learner. Defaults to the sender; a volunteer's observation names the senior. */
    actorId: IdSchema.optional(),
    verb: LearningVerbSchema,
    object: z.object({ courseId: IdSchema, stepKey: ContentKeySchema }),
    result: z
      .object({
        response: z.union([QuizResponseSchema, ObservationSchema]).optional(),
      })
      .optional(),
    context: z.object({ visitId: IdSchema.optional() }).optional(),
    /** When it happened on the device (may be long before it is sent, when offline). */
    timestamp: InstantSchema,
  })
  .superRefine((r, ctx) => {
    const response = r.result?.response;
    if (r.verb === 'answered' && (typeof response !== 'object' || response === null)) {
      ctx.addIssue({ code: 'custom', path: ['result', 'response'], message: 'Réponses au quiz attendues.' });
    }
    if (r.verb === 'observed' && typeof response !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['result', 'response'], message: 'Observation attendue.' });
    }
  });
export type LearningRecord = z.infer<typeof LearningRecordSchema>;

export const LEARNING_BATCH_MAX = 500;
export const LearningBatchRequestSchema = z.object({
  records: z.array(LearningRecordSchema).min(1).max(LEARNING_BATCH_MAX),
});
export type LearningBatchRequest = z.infer<typeof LearningBatchRequestSchema>;

export const QuizFeedbackSchema = z.object({
  score: z.number().int().min(0).max(100),
  passed: z.boolean(),
  questions: z.array(
    z.object({
      key: ContentKeySchema,
      correct: z.boolean(),
      /** Every choice with whether it is right and its feedback, for the review screen. */
      choices: z.array(
        z.object({
          key: ContentKeySchema,
          correct: z.boolean(),
          selected: z.boolean(),
          feedback: z.string(),
        }),
      ),
    }),
  ),
});
export type QuizFeedback = z.infer<typeof QuizFeedbackSchema>;

/** Per record: 201 stored, 200 already stored with the same content, 409 same id with other content, 4xx rejected. */
export const LearningRecordOutcomeSchema = z.object({
  id: IdSchema,
  status: z.number().int(),
  code: z.string().optional(),
  message: z.string().optional(),
  quiz: QuizFeedbackSchema.optional(),
});
export type LearningRecordOutcome = z.infer<typeof LearningRecordOutcomeSchema>;

export const LearningBatchResponseSchema = z.object({
  results: z.array(LearningRecordOutcomeSchema),
  progress: z.array(CourseProgressSchema),
});
export type LearningBatchResponse = z.infer<typeof LearningBatchResponseSchema>;

// ─── Certificates ───────────────────────────────────────────────────────────────────────────────────

export const CertificateSchema = z.object({
  id: IdSchema,
  code: z.string(),
  learnerName: z.string(),
  courseTitle: z.string(),
  centreName: z.string(),
  issuedAt: z.string(),
  durationMinutes: z.number().int(),
  competences: z.array(CompetenceSchema),
});
export type Certificate = z.infer<typeof CertificateSchema>;
export const CertificateListSchema = z.array(CertificateSchema);

export const CertificateCodeParamsSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{6,20}$/),
});

export const CertificateVerificationSchema = z.object({
  valid: z.boolean(),
  certificate: CertificateSchema.omit({ id: true }).nullable(),
});
export type CertificateVerification = z.infer<typeof CertificateVerificationSchema>;
