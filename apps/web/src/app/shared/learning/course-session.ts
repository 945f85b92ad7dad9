import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type {
  CourseProgress,
  LearnerStep,
  PublishedCourse,
  QuizFeedback,
  StepProgress,
} from '@passerelle/contracts';
import { LearningApiService } from '../api/learning-api.service';
import { toUiError } from '../errors/error-message';
import type { TranslationKey } from '../i18n/fr';
import type { LearningEvent } from './learning-event';
import { LearningOutboxService } from './learning-outbox.service';

type LearnerModule = PublishedCourse['content']['modules'][number];
export type LearnerLesson = LearnerModule['lessons'][number];

export interface LessonEntry {
  moduleTitle: string;
  lesson: LearnerLesson;
  /** Position in the whole course, from 0. */
  index: number;
}

/**
 * One learner's course, as a learner page needs it: the published content, the progress (fresh from
 * the server after each batch of records), and `record()` to report what the learner did.
 * Call from a component's field initialiser (it injects).
 */
export function createCourseSession(courseId: () => string | undefined) {
  const api = inject(LearningApiService);
  const outbox = inject(LearningOutboxService);

  const course = rxResource({ params: courseId, stream: ({ params }) => api.publishedCourse(params) });
  const loadedProgress = rxResource({ params: courseId, stream: ({ params }) => api.progress(params) });
  const progress = linkedSignal<CourseProgress | null>(() =>
    loadedProgress.hasValue() ? loadedProgress.value() : null,
  );
  /** Steps done on this device whose record may still be waiting for the network. */
  const doneHere = signal<ReadonlySet<string>>(new Set());
  const quizFeedback = signal<Readonly<Record<string, QuizFeedback | null>>>({});
  const quizAttempts = new Map<string, string>();

  outbox.outcomes.pipe(takeUntilDestroyed()).subscribe((outcome) => {
    const stepKey = quizAttempts.get(outcome.id);
    if (stepKey === undefined || !outcome.quiz) return;
    const feedback = outcome.quiz;
    quizFeedback.update((all) => ({ ...all, [stepKey]: feedback }));
  });
  outbox.progressUpdates.pipe(takeUntilDestroyed()).subscribe((update) => {
    if (update.courseId === courseId()) progress.set(update);
  });

  const lessons = computed<LessonEntry[]>(() => {
    if (!course.hasValue()) return [];
    let index = 0;
    return course
      .value()
      .content.modules.flatMap((m) =>
        m.lessons.map((lesson) => ({ moduleTitle: m.title, lesson, index: index++ })),
      );
  });
  const stepProgress = computed(() => {
    const map = new Map<string, StepProgress>();
    for (const lesson of progress()?.lessons ?? []) for (const step of lesson.steps) map.set(step.key, step);
    return map;
  });

  function stepComplete(stepKey: string): boolean {
    return stepProgress().get(stepKey)?.complete === true || doneHere().has(stepKey);
  }

  function lessonComplete(lesson: LearnerLesson): boolean {
    const fromServer = progress()?.lessons.find((l) => l.key === lesson.key);
    return fromServer?.complete === true || lesson.steps.every((s) => stepComplete(s.key));
  }

  /** The lesson holding a step, or the first lesson. */
  function lessonOfStep(stepKey: string | null | undefined): LessonEntry | null {
    const all = lessons();
    return all.find((e) => e.lesson.steps.some((s) => s.key === stepKey)) ?? all[0] ?? null;
  }

  function record(event: LearningEvent): void {
    const id = courseId();
    if (!id) return;
    // Seeing a step again adds nothing to progress: no need to say it twice.
    if (event.verb === 'experienced' && stepComplete(event.stepKey)) return;
    const sent = outbox.record({
      verb: event.verb,
      object: { courseId: id, stepKey: event.stepKey },
      ...(event.verb === 'answered' ? { result: { response: event.response } } : {}),
    });
    if (event.verb === 'answered') {
      quizAttempts.set(sent.id, event.stepKey);
      quizFeedback.update((all) => ({ ...all, [event.stepKey]: null }));
    } else if (event.verb === 'experienced' || event.verb === 'completed') {
      doneHere.update((keys) => new Set([...keys, event.stepKey]));
    }
  }

  /** Not enrolled (yet): the progress call is refused, the course itself is readable. */
  const notEnrolled = computed(() => {
    const error = loadedProgress.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403);
  });
  const errorKey = computed<TranslationKey | null>(() => {
    const error = course.error() ?? (notEnrolled() ? null : loadedProgress.error());
    return error ? toUiError(error).messageKey : null;
  });

  return {
    course,
    progress,
    lessons,
    quizFeedback: quizFeedback.asReadonly(),
    isLoading: computed(() => course.isLoading() || loadedProgress.isLoading()),
    errorKey,
    notEnrolled,
    completed: computed(() => progress()?.status === 'completed'),
    stepComplete,
    lessonComplete,
    lessonOfStep,
    record,
    reloadProgress: () => loadedProgress.reload(),
  };
}

export type CourseSession = ReturnType<typeof createCourseSession>;

/**
 * One lesson shown a step at a time; the current step lives in the address (`?etape=`), so the
 * browser's back button and a reload both work. Call from a component's field initialiser.
 */
export function createLessonPlayer(
  session: CourseSession,
  lessonKey: () => string,
  stepKey: () => string | undefined,
) {
  const router = inject(Router);
  const route = inject(ActivatedRoute);

  const entry = computed(() => session.lessons().find((e) => e.lesson.key === lessonKey()) ?? null);
  const steps = computed<LearnerStep[]>(() => entry()?.lesson.steps ?? []);
  const index = computed(() =>
    Math.max(
      0,
      steps().findIndex((s) => s.key === stepKey()),
    ),
  );
  const step = computed(() => steps()[index()] ?? null);
  const isLast = computed(() => index() >= steps().length - 1);
  const nextLesson = computed(() => {
    const current = entry();
    return current ? (session.lessons()[current.index + 1] ?? null) : null;
  });
  /** The end-of-lesson summary; any move to another step or lesson closes it. */
  const finished = linkedSignal({ source: () => [lessonKey(), stepKey()], computation: () => false });

  function goTo(key: string): void {
    void router.navigate([], { relativeTo: route, queryParams: { etape: key } });
  }

  return {
    entry,
    steps,
    index,
    step,
    isLast,
    nextLesson,
    finished: finished.asReadonly(),
    next(): void {
      const following = steps()[index() + 1];
      if (following) goTo(following.key);
      else finished.set(true);
    },
    previous(): void {
      const before = steps()[index() - 1];
      if (before) goTo(before.key);
    },
    backToLastStep(): void {
      finished.set(false);
    },
  };
}

export type LessonPlayer = ReturnType<typeof createLessonPlayer>;
