import type { LearnerStep, PublishedCourse, VisitPurpose } from '@passerelle/contracts';
import { type Observable, catchError, forkJoin, map, of } from 'rxjs';
import type { LearningApiService } from '../../shared/api/learning-api.service';

/** A course of the visit's purpose: its content when the volunteer may read it, else null. */
export interface PurposeCourse {
  courseId: string;
  course: PublishedCourse | null;
}

export interface LessonChoice {
  courseId: string;
  lessonKey: string;
  /** The lesson's title, or its key when the course could not be read. */
  title: string;
  courseTitle: string | null;
}

export interface ObservationChoice {
  courseId: string;
  stepKey: string;
  skill: string;
  lessonTitle: string;
  courseTitle: string;
}

/**
 * The purpose's courses, read one by one as the senior's courses (a volunteer may read them for a
 * senior they coach); one that cannot be read (404) must not hide the others.
 */
export function loadPurposeCourses(
  learningApi: LearningApiService,
  purpose: VisitPurpose,
  seniorId?: string,
): Observable<PurposeCourse[]> {
  if (purpose.courseIds.length === 0) return of([]);
  return forkJoin(
    purpose.courseIds.map((courseId) =>
      learningApi.publishedCourse(courseId, seniorId).pipe(
        map((course): PurposeCourse => ({ courseId, course })),
        catchError(() => of<PurposeCourse>({ courseId, course: null })),
      ),
    ),
  );
}

/**
 * Lessons to tick: every lesson of the readable courses, the purpose's lessons first. A lesson key
 * of an unreadable course can only be placed when the purpose names a single course.
 */
export function lessonChoices(courses: readonly PurposeCourse[], purpose: VisitPurpose): LessonChoice[] {
  const choices: LessonChoice[] = [];
  for (const { courseId, course } of courses) {
    if (course) {
      for (const module of course.content.modules)
        for (const lesson of module.lessons)
          choices.push({ courseId, lessonKey: lesson.key, title: lesson.title, courseTitle: course.title });
    } else if (purpose.courseIds.length === 1) {
      for (const lessonKey of purpose.lessonKeys)
        choices.push({ courseId, lessonKey, title: lessonKey, courseTitle: null });
    }
  }
  const planned = new Set(purpose.lessonKeys);
  return [
    ...choices.filter((c) => planned.has(c.lessonKey)),
    ...choices.filter((c) => !planned.has(c.lessonKey)),
  ];
}

/** The observation steps ("done alone / with help / not yet") of the readable courses. */
export function observationChoices(courses: readonly PurposeCourse[]): ObservationChoice[] {
  const choices: ObservationChoice[] = [];
  for (const { courseId, course } of courses) {
    if (!course) continue;
    for (const module of course.content.modules)
      for (const lesson of module.lessons)
        for (const step of lesson.steps as LearnerStep[])
          if (step.type === 'observation')
            choices.push({
              courseId,
              stepKey: step.key,
              skill: step.skill,
              lessonTitle: lesson.title,
              courseTitle: course.title,
            });
  }
  return choices;
}

/** 'courseId/key', the one key a lesson or a step is stored under in the draft. */
export function choiceKey(courseId: string, key: string): string {
  return `${courseId}/${key}`;
}
