import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LearnerStep } from '@passerelle/contracts';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { CertificateDownloadService } from '../shared/learning/certificate-download.service';
import { STEP_TYPE_LABEL_KEYS, stepTitle } from '../shared/learning/course-format';
import { createCourseSession, createLessonPlayer } from '../shared/learning/course-session';
import { StepPlayerComponent } from '../shared/learning/steps/step-player.component';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';

/** A lesson, one step at a time, then a summary; the course's end brings the attestation. */
@Component({
  selector: 'pa-lesson-page',
  imports: [RouterLink, TranslatePipe, LoadingComponent, AlertComponent, StepPlayerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" [routerLink]="['/benevole/formations', courseId()]">{{
        'training.backToCourse' | t
      }}</a>
    </p>
    @if (session.isLoading()) {
      <pa-loading />
    } @else if (session.errorKey(); as key) {
      <h1>{{ 'title.training.lesson' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (player.entry(); as entry) {
      <p class="card__eyebrow">{{ courseTitle() }} · {{ entry.moduleTitle }}</p>
      <h1>{{ entry.lesson.title }}</h1>

      @if (!player.finished()) {
        @if (player.step(); as step) {
          <p class="step-counter">
            {{ 'training.lesson.stepOf' | t: { current: player.index() + 1, total: player.steps().length } }}
          </p>
          <pa-step-player
            [step]="step"
            [quizFeedback]="session.quizFeedback()[step.key] ?? null"
            (learn)="session.record($event)"
          />
          <nav class="player-nav" [attr.aria-label]="'training.lesson.nav' | t">
            @if (player.index() > 0) {
              <button
                type="button"
                class="button button--secondary button--large"
                (click)="player.previous()"
              >
                {{ 'training.lesson.previous' | t }}
              </button>
            }
            <button type="button" class="button button--primary button--large" (click)="player.next()">
              {{ (player.isLast() ? 'training.lesson.finish' : 'training.lesson.next') | t }}
            </button>
          </nav>
        }
      } @else {
        <section class="lesson-summary" aria-labelledby="lesson-summary-heading">
          <h2 id="lesson-summary-heading">{{ 'training.lesson.summaryHeading' | t }}</h2>
          <ol class="lesson-list">
            @for (step of player.steps(); track step.key) {
              <li class="lesson-list__item">
                <span>{{ typeKey(step) | t }}{{ title(step) ? ' : ' + title(step) : '' }}</span>
                @if (session.stepComplete(step.key)) {
                  <span class="tick">{{ 'training.lesson.stepDone' | t }}</span>
                } @else {
                  <span class="muted">{{ 'training.lesson.stepToDo' | t }}</span>
                }
              </li>
            }
          </ol>

          @if (session.completed()) {
            <div class="congrats" role="status">
              <h2>{{ 'training.lesson.congratsHeading' | t }}</h2>
              <p>{{ 'training.lesson.congratsText' | t: { course: courseTitle() } }}</p>
              @if (certificateCode(); as code) {
                <button
                  type="button"
                  class="button button--primary button--large"
                  [disabled]="downloading()"
                  (click)="download(code)"
                >
                  {{ 'training.downloadCertificate' | t }}
                </button>
              }
            </div>
          }
          @if (downloadError(); as key) {
            <pa-alert kind="error"
              ><p>{{ key | t }}</p></pa-alert
            >
          }

          <div class="actions">
            <button
              type="button"
              class="button button--secondary button--large"
              (click)="player.backToLastStep()"
            >
              {{ 'training.lesson.previous' | t }}
            </button>
            @if (player.nextLesson(); as next) {
              <a
                class="button button--primary button--large"
                [routerLink]="['..', next.lesson.key]"
                [queryParams]="{ etape: next.lesson.steps[0]?.key }"
                >{{ 'training.lesson.nextLesson' | t }}</a
              >
            } @else {
              <a
                class="button button--primary button--large"
                [routerLink]="['/benevole/formations', courseId()]"
                >{{ 'training.backToCourse' | t }}</a
              >
            }
          </div>
        </section>
      }
    } @else {
      <h1>{{ 'title.training.lesson' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ 'training.lesson.notFound' | t }}</p></pa-alert
      >
    }
  `,
})
export class LessonPageComponent {
  private readonly certificates = inject(CertificateDownloadService);

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
  protected readonly courseTitle = computed(() =>
    this.session.course.hasValue() ? this.session.course.value().title : '',
  );
  protected readonly certificateCode = computed(() => this.session.progress()?.certificateCode ?? null);
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<TranslationKey | null>(null);
  protected readonly title = stepTitle;

  protected typeKey(step: LearnerStep): TranslationKey {
    return STEP_TYPE_LABEL_KEYS[step.type];
  }

  protected download(code: string): void {
    this.downloading.set(true);
    this.downloadError.set(null);
    this.certificates.downloadByCode(code).subscribe({
      next: () => this.downloading.set(false),
      error: (error: unknown) => {
        this.downloading.set(false);
        this.downloadError.set(toUiError(error).messageKey);
      },
    });
  }
}
