import type {
  CourseContent,
  LearnerContent,
  Observation,
  QuizFeedback,
  QuizStep,
  Step,
  StepProgress,
  StepStatus,
} from '@passerelle/contracts';

/**
 * The completion rules, in one place and free of I/O (ADR 0007):
 * - text, image, video: complete once seen;
 * - quiz: complete once passed at its threshold (the best attempt counts; retries are free);
 * - practice: complete once the learner confirms "Je l'ai fait" ("J'ai besoin d'aide" is not completion);
 * - observation: complete once a volunteer observed it done alone;
 * - lesson: complete when all its steps are; course: complete when all its required lessons are.
 */

export interface StepState {
  status: Exclude<StepStatus, 'not_started'>;
  complete: boolean;
  score: number | null;
  attempts: number;
  observation: Observation | null;
}

export type QuizResponse = Record<string, string[]>;

/** Grades a quiz against its published answers. A question is right when exactly the right choices are picked. */
export function gradeQuiz(step: QuizStep, response: QuizResponse): QuizFeedback {
  const questions = step.questions.map((question) => {
    const selected = new Set(response[question.key] ?? []);
    const correct = question.choices.every((c) => c.correct === selected.has(c.key));
    return {
      key: question.key,
      correct,
      choices: question.choices.map((c) => ({
        key: c.key,
        correct: c.correct,
        selected: selected.has(c.key),
        feedback: c.feedback,
      })),
    };
  });
  const right = questions.filter((q) => q.correct).length;
  const score = Math.round((right / step.questions.length) * 100);
  return { score, passed: score >= step.passThreshold, questions };
}

export type StepEvent =
  | { verb: 'experienced' }
  | { verb: 'answered'; feedback: QuizFeedback }
  | { verb: 'completed' }
  | { verb: 'asked-help' }
  | { verb: 'observed'; observation: Observation };

/** The next state of a step after one event, or null when the event does not apply to that step type. */
export function nextStepState(step: Step, previous: StepState | null, event: StepEvent): StepState | null {
  const attempts = previous?.attempts ?? 0;
  switch (step.type) {
    case 'text':
    case 'image':
    case 'video':
      if (event.verb !== 'experienced') return null;
      return previous ?? { status: 'seen', complete: true, score: null, attempts: 0, observation: null };
    case 'quiz': {
      if (event.verb === 'experienced') return previous ?? null;
      if (event.verb !== 'answered') return null;
      const best = Math.max(previous?.score ?? 0, event.feedback.score);
      const passed = previous?.complete === true || event.feedback.passed;
      return {
        status: passed ? 'passed' : 'failed',
        complete: passed,
        score: best,
        attempts: attempts + 1,
        observation: null,
      };
    }
    case 'practice':
      if (event.verb === 'experienced') return previous ?? null;
      if (event.verb === 'completed')
        return { status: 'done', complete: true, score: null, attempts: attempts + 1, observation: null };
      if (event.verb === 'asked-help') {
        // Asking for help after having done it once does not undo the completion.
        if (previous?.complete) return { ...previous, attempts: attempts + 1 };
        return {
          status: 'needs_help',
          complete: false,
          score: null,
          attempts: attempts + 1,
          observation: null,
        };
      }
      return null;
    case 'observation':
      if (event.verb === 'experienced') return previous ?? null;
      if (event.verb !== 'observed') return null;
      // The latest observation is the senior's current level; "alone" once observed stays earned.
      return {
        status: 'observed',
        complete: previous?.complete === true || event.observation === 'alone',
        score: null,
        attempts: attempts + 1,
        observation: event.observation,
      };
  }
}

export interface DerivedProgress {
  status: 'not_started' | 'in_progress' | 'completed';
  percent: number;
  resumeStepKey: string | null;
  lessons: Array<{ key: string; required: boolean; complete: boolean; steps: StepProgress[] }>;
}

/** Progress of a course from the states of its steps, keyed by stable step keys. */
export function deriveProgress(
  content: CourseContent | LearnerContent,
  states: ReadonlyMap<string, StepState>,
): DerivedProgress {
  let requiredSteps = 0;
  let requiredDone = 0;
  let resumeStepKey: string | null = null;
  let anyActivity = false;
  const lessons = content.modules.flatMap((module) =>
    module.lessons.map((lesson) => {
      const steps: StepProgress[] = lesson.steps.map((step) => {
        const state = states.get(step.key);
        if (state) anyActivity = true;
        if (!state?.complete && resumeStepKey === null) resumeStepKey = step.key;
        return {
          key: step.key,
          status: state?.status ?? 'not_started',
          complete: state?.complete ?? false,
          score: state?.score ?? null,
          attempts: state?.attempts ?? 0,
          observation: state?.observation ?? null,
        };
      });
      const complete = steps.every((s) => s.complete);
      const required = lesson.required !== false;
      if (required) {
        requiredSteps += steps.length;
        requiredDone += steps.filter((s) => s.complete).length;
      }
      return { key: lesson.key, required, complete, steps };
    }),
  );
  const completed = lessons.filter((l) => l.required).every((l) => l.complete);
  const percent = requiredSteps === 0 ? 100 : Math.floor((requiredDone / requiredSteps) * 100);
  return {
    status: completed ? 'completed' : anyActivity ? 'in_progress' : 'not_started',
    percent: completed ? 100 : Math.min(percent, 99),
    resumeStepKey,
    lessons,
  };
}

export function findStep(content: CourseContent, key: string): Step | null {
  for (const module of content.modules) {
    for (const lesson of module.lessons) {
      const step = lesson.steps.find((s) => s.key === key);
      if (step) return step;
    }
  }
  return null;
}

/** What a learner receives: quiz answers and feedback stay on the server until answered. */
export function toLearnerContent(content: CourseContent): LearnerContent {
  return {
    modules: content.modules.map((m) => ({
      key: m.key,
      title: m.title,
      lessons: m.lessons.map((l) => ({
        key: l.key,
        title: l.title,
        required: l.required !== false,
        steps: l.steps.map((s) =>
          s.type === 'quiz'
            ? {
                ...s,
                questions: s.questions.map((q) => ({
                  key: q.key,
                  prompt: q.prompt,
                  multiple: q.multiple,
                  choices: q.choices.map((c) => ({ key: c.key, text: c.text })),
                })),
              }
            : s,
        ),
      })),
    })),
  };
}
