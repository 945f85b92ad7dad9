import type { LearnerStep } from '@passerelle/contracts';

export type TextLearnerStep = Extract<LearnerStep, { type: 'text' }>;
export type ImageLearnerStep = Extract<LearnerStep, { type: 'image' }>;
export type VideoLearnerStep = Extract<LearnerStep, { type: 'video' }>;
export type QuizLearnerStep = Extract<LearnerStep, { type: 'quiz' }>;
export type PracticeLearnerStep = Extract<LearnerStep, { type: 'practice' }>;
export type ObservationLearnerStep = Extract<LearnerStep, { type: 'observation' }>;

/** A quiz answer: for each question key, the keys of the choices the learner ticked. */
export type QuizAnswer = Record<string, string[]>;

/** What a step renderer reports; the page turns it into a learning record. */
export type LearningEvent =
  | { verb: 'experienced' | 'completed' | 'asked-help'; stepKey: string }
  | { verb: 'answered'; stepKey: string; response: QuizAnswer };
