import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { createCourseSession, createLessonPlayer } from '../shared/learning/course-session';
import { StepPlayerComponent } from '../shared/learning/steps/step-player.component';

/** A lesson on the tablet: one step, one big "Suivant", nothing else competing for attention. */
@Component({
  selector: 'pa-senior-lesson-page',
  imports: [RouterLink, TranslatePipe, StepPlayerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./senior.css', './senior-learning.css'],
  template: `
    <div class="senior">
      @if (session.isLoading()) {
        <p class="senior__message" role="status">{{ 'common.loading' | t }}</p>
      } @else if (session.errorKey(); as key) {
        <h1 class="senior__heading">{{ 'senior.tile.lessons' | t }}</h1>
        <p class="senior__message senior__message--error" role="alert">{{ key | t }}</p>
      } @else if (player.entry(); as entry) {
        <h1 class="senior__heading">{{ entry.lesson.title }}</h1>
        @if (!player.finished()) {
          @if (player.step(); as step) {
            <p class="senior__counter">
              {{
                'training.lesson.stepOf' | t: { current: player.index() + 1, total: player.steps().length }
              }}
            </p>
            <pa-step-player
              [step]="step"
              [senior]="true"
              [quizFeedback]="session.quizFeedback()[step.key] ?? null"
              (learn)="session.record($event)"
            />
            <button type="button" class="senior__tile senior__tile--go senior__next" (click)="player.next()">
              {{ 'senior.lesson.next' | t }}
            </button>
            @if (player.index() > 0) {
              <button type="button" class="senior__previous" (click)="player.previous()">
                {{ 'senior.lesson.previous' | t }}
              </button>
            }
          }
        } @else {
          <div role="status">
            <p class="senior__message">
              {{ (session.completed() ? 'senior.lesson.courseDone' : 'senior.lesson.done') | t }}
            </p>
          </div>
          @if (player.nextLesson(); as next) {
            <a
              class="senior__tile senior__tile--go"
              [routerLink]="['..', next.lesson.key]"
              [queryParams]="{ etape: next.lesson.steps[0]?.key }"
              >{{ 'senior.lesson.nextLesson' | t }}</a
            >
          }
          <a class="senior__tile senior__tile--back" routerLink="..">{{
            'senior.lesson.backToCourse' | t
          }}</a>
        }
      } @else {
        <h1 class="senior__heading">{{ 'senior.tile.lessons' | t }}</h1>
        <p class="senior__message">{{ 'training.lesson.notFound' | t }}</p>
        <a class="senior__tile senior__tile--back" routerLink="..">{{ 'senior.lesson.backToCourse' | t }}</a>
      }
    </div>
  `,
})
export class SeniorLessonPageComponent {
  /** Route parameter. */
  readonly courseId = input.required<string>();
  /** Route parameter. */
  readonly lessonKey = input.required<string>();
  /** Query parameter: the step shown. */
  readonly etape = input<string>();

  protected readonly session = createCourseSession(() => this.courseId());
  protected readonly player = createLessonPlayer(
    this.session,
    () => this.lessonKey(),
    () => this.etape(),
  );
}
