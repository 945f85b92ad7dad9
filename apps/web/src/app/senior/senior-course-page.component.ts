import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { createCourseSession } from '../shared/learning/course-session';

/** One course: a single big "Continuer", and the lessons below for those who want to choose. */
@Component({
  selector: 'pa-senior-course-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./senior.css', './senior-learning.css'],
  template: `
    <div class="senior">
      @if (session.isLoading()) {
        <p class="senior__message" role="status">{{ 'common.loading' | t }}</p>
      } @else if (session.errorKey(); as key) {
        <h1 class="senior__heading">{{ 'senior.tile.lessons' | t }}</h1>
        <p class="senior__message senior__message--error" role="alert">{{ key | t }}</p>
      } @else if (session.course.hasValue()) {
        <h1 class="senior__heading">{{ session.course.value().title }}</h1>
        @if (session.progress(); as p) {
          <p class="senior__lead">{{ 'senior.course.percent' | t: { percent: p.percent } }}</p>
        }
        @if (resume(); as r) {
          <a
            class="senior__tile senior__tile--go"
            [routerLink]="[r.lessonKey]"
            [queryParams]="{ etape: r.stepKey }"
            >{{ startKey() | t }}</a
          >
        }
        <h2 class="senior__subheading">{{ 'senior.course.allLessons' | t }}</h2>
        <ol class="senior__lessons">
          @for (entry of session.lessons(); track entry.lesson.key) {
            <li>
              <a
                class="senior__lesson"
                [routerLink]="[entry.lesson.key]"
                [queryParams]="{ etape: entry.lesson.steps[0]?.key }"
              >
                <span>{{ entry.lesson.title }}</span>
                @if (session.lessonComplete(entry.lesson)) {
                  <span class="senior__done">{{ 'senior.course.lessonDone' | t }}</span>
                }
              </a>
            </li>
          }
        </ol>
      }
      <a class="senior__tile senior__tile--back" routerLink="..">{{ 'senior.lessons.back' | t }}</a>
    </div>
  `,
})
export class SeniorCoursePageComponent {
  /** Route parameter. */
  readonly courseId = input.required<string>();

  protected readonly session = createCourseSession(() => this.courseId());
  protected readonly resume = computed(() => {
    const resumeKey = this.session.progress()?.resumeStepKey ?? null;
    const entry = this.session.lessonOfStep(resumeKey);
    const stepKey = resumeKey ?? entry?.lesson.steps[0]?.key;
    return entry && stepKey ? { lessonKey: entry.lesson.key, stepKey } : null;
  });
  protected readonly startKey = computed<TranslationKey>(() => {
    switch (this.session.progress()?.status) {
      case 'completed':
        return 'senior.course.review';
      case 'in_progress':
        return 'senior.course.continue';
      default:
        return 'senior.course.start';
    }
  });
}
