import { z } from 'zod';
import { IdSchema } from './common.contract';

/** Who a course is written for. */
export const AUDIENCES = ['senior', 'volunteer', 'both'] as const;
export const AudienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof AudienceSchema>;

/** 1 = première découverte, 2 = je me débrouille, 3 = je vais plus loin. */
export const CourseLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CourseLevel = z.infer<typeof CourseLevelSchema>;

export const STEP_TYPES = ['text', 'image', 'video', 'quiz', 'practice', 'observation'] as const;
export const StepTypeSchema = z.enum(STEP_TYPES);
export type StepType = z.infer<typeof StepTypeSchema>;

/**
 * Stable keys name modules, lessons, steps, questions and choices across versions of a course:
 * progress is recorded against keys, so editing and republishing never loses it.
 */
export const ContentKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Clé invalide : lettres minuscules, chiffres et tirets.');
export type ContentKey = z.infer<typeof ContentKeySchema>;

const title = z.string().trim().min(1).max(160);
/** An optional title: an empty field means "no title", not an error. */
const optionalTitle = z.string().trim().max(160).optional();
const markdown = (max: number) => z.string().trim().min(1).max(max);

export const TextStepSchema = z.object({
  key: ContentKeySchema,
  type: z.literal('text'),
  title: optionalTitle,
  /** Markdown, sanitised when rendered; written to be read aloud. */
  markdown: markdown(20_000),
});

export const ImageStepSchema = z.object({
  key: ContentKeySchema,
  type: z.literal('image'),
  mediaId: IdSchema,
  /** Required: what a blind learner needs to know of the picture. */
  alt: z.string().trim().min(1).max(400),
  caption: z.string().trim().max(400).optional(),
});

export const VideoStepSchema = z.object({
  key: ContentKeySchema,
  type: z.literal('video'),
  title,
  mediaId: IdSchema,
  /** WebVTT captions file. */
  captionsMediaId: IdSchema,
  transcript: markdown(20_000).optional(),
});

export const QuizChoiceSchema = z.object({
  key: ContentKeySchema,
  text: z.string().trim().min(1).max(400),
  correct: z.boolean(),
  /** Shown after answering: why this choice is right or wrong, kindly. */
  feedback: z.string().trim().min(1).max(800),
});

export const QuizQuestionSchema = z
  .object({
    key: ContentKeySchema,
    prompt: z.string().trim().min(1).max(800),
    /** true: several choices may be right ("cochez toutes les bonnes réponses"). */
    multiple: z.boolean(),
    choices: z.array(QuizChoiceSchema).min(2).max(8),
  })
  .refine((q) => q.choices.some((c) => c.correct), {
    message: 'Au moins une bonne réponse.',
    path: ['choices'],
  })
  .refine((q) => q.multiple || q.choices.filter((c) => c.correct).length === 1, {
    message: 'Une question à choix unique a exactement une bonne réponse.',
    path: ['choices'],
  });

export const QuizStepSchema = z.object({
  key: ContentKeySchema,
  type: z.literal('quiz'),
  title: optionalTitle,
  /** Percentage of questions answered right needed to pass. No time limit; retries allowed. */
  passThreshold: z.number().int().min(0).max(100),
  questions: z.array(QuizQuestionSchema).min(1).max(30),
});

/** "Do this on your tablet": the learner confirms "Je l'ai fait" or "J'ai besoin d'aide". */
export const PracticeStepSchema = z.object({
  key: ContentKeySchema,
  type: z.literal('practice'),
  title,
  instruction: markdown(4_000),
  /** Shown when the learner asks for help. */
  helpText: markdown(4_000).optional(),
});

/** Marked by a volunteer at home: done alone / with help / not yet. */
export const ObservationStepSchema = z.object({
  key: ContentKeySchema,
  type: z.literal('observation'),
  skill: z.string().trim().min(1).max(200),
  description: markdown(2_000),
});

export const StepSchema = z.discriminatedUnion('type', [
  TextStepSchema,
  ImageStepSchema,
  VideoStepSchema,
  QuizStepSchema,
  PracticeStepSchema,
  ObservationStepSchema,
]);
export type Step = z.infer<typeof StepSchema>;
export type QuizStep = z.infer<typeof QuizStepSchema>;

export const LessonSchema = z.object({
  key: ContentKeySchema,
  title,
  /** A course is complete when all its required lessons are. */
  required: z.boolean().default(true),
  steps: z.array(StepSchema).min(1).max(60),
});
export type Lesson = z.infer<typeof LessonSchema>;

export const CourseModuleSchema = z.object({
  key: ContentKeySchema,
  title,
  lessons: z.array(LessonSchema).min(1).max(30),
});
export type CourseModule = z.infer<typeof CourseModuleSchema>;

/** Keys must be unique within a course (modules, lessons, steps) and within a quiz (questions, choices). */
export const CourseContentSchema = z
  .object({ modules: z.array(CourseModuleSchema).min(1).max(30) })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    const check = (key: string, path: (string | number)[]) => {
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `Clé en double : ${key}` });
      seen.add(key);
    };
    content.modules.forEach((m, mi) => {
      check(m.key, ['modules', mi]);
      m.lessons.forEach((l, li) => {
        check(l.key, ['modules', mi, 'lessons', li]);
        l.steps.forEach((s, si) => check(s.key, ['modules', mi, 'lessons', li, 'steps', si]));
      });
    });
  });
export type CourseContent = z.infer<typeof CourseContentSchema>;

export const CourseMetaSchema = z.object({
  title,
  summary: z.string().trim().min(1).max(600),
  audience: AudienceSchema,
  level: CourseLevelSchema,
  estimatedMinutes: z.number().int().min(5).max(600),
  /** Codes of the Pix / DigComp competences the course works on, e.g. "2.1". */
  competenceCodes: z.array(z.string().regex(/^[1-5]\.[1-4]$/)).max(8),
  /** Volunteer trainings a centre requires before home visits. */
  requiredForVisits: z.boolean().default(false),
  /** An uploaded image shown on the course's card. */
  coverMediaId: IdSchema.nullable().optional(),
});
export type CourseMeta = z.infer<typeof CourseMetaSchema>;

/** The Pix framework (based on DigComp 2.x): 5 areas, 16 competences. Stored as data. */
export const CompetenceSchema = z.object({
  code: z.string(),
  area: z.string(),
  title: z.string(),
});
export type Competence = z.infer<typeof CompetenceSchema>;
