import { ChangeDetectionStrategy, ViewEncapsulation, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { QuizStep, Step } from '@passerelle/contracts';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { StepPlayerComponent } from '../shared/learning/steps/step-player.component';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { STEP_TYPE_LABEL_KEYS } from './authoring-labels';

/** A quiz with its answers shown: the right choices highlighted, each with its explanation. */
@Component({
  selector: 'pa-quiz-answers-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './course-preview.css',
  template: `
    @if (step().title) {
      <h5 class="preview-step__title">{{ step().title }}</h5>
    }
    <p class="muted">{{ 'authoring.preview.threshold' | t: { threshold: step().passThreshold } }}</p>
    @for (question of step().questions; track question.key; let qi = $index) {
      <div class="quiz-preview">
        <p class="quiz-preview__prompt">{{ qi + 1 }}. {{ question.prompt }}</p>
        <p class="muted">
          {{ (question.multiple ? 'authoring.preview.multiple' : 'authoring.preview.single') | t }}
        </p>
        <ul class="quiz-preview__choices">
          @for (choice of question.choices; track choice.key) {
            <li class="quiz-preview__choice" [class.quiz-preview__choice--right]="choice.correct">
              <span class="quiz-preview__text">{{ choice.text }}</span>
              @if (choice.correct) {
                <strong class="quiz-preview__mark">{{ 'authoring.preview.rightAnswer' | t }}</strong>
              }
              <span class="quiz-preview__feedback">{{ choice.feedback }}</span>
            </li>
          }
        </ul>
      </div>
    }
  `,
})
export class QuizAnswersPreviewComponent {
  readonly step = input.required<QuizStep>();
}

/**
 * The draft as learners will see it, every step on one page. Steps use the learner's own
 * renderers (pa-step-player); quizzes show their answers instead of asking them. Nothing is recorded.
 */
@Component({
  selector: 'pa-course-preview-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    StepPlayerComponent,
    QuizAnswersPreviewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './course-preview.css',
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'authoring.preview.back' | t }}</a>
    </p>
    @if (draft.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (draft.value(); as d) {
      <pa-page-header
        [heading]="'authoring.preview.heading' | t: { title: d.meta.title }"
        [lead]="d.meta.summary"
      />
      <pa-alert kind="info"
        ><p>{{ 'authoring.preview.notice' | t }}</p></pa-alert
      >
      @for (module of d.content.modules; track module.key; let mi = $index) {
        <section class="preview-module" [attr.aria-labelledby]="'pm-' + module.key">
          <h2 [id]="'pm-' + module.key">
            {{ 'authoring.outline.module' | t: { n: mi + 1, title: module.title } }}
          </h2>
          @for (lesson of module.lessons; track lesson.key; let li = $index) {
            <section class="preview-lesson" [attr.aria-labelledby]="'pl-' + lesson.key">
              <h3 [id]="'pl-' + lesson.key">
                {{ 'authoring.outline.lesson' | t: { n: li + 1, title: lesson.title } }}
                @if (!lesson.required) {
                  <span class="muted">{{ 'authoring.outline.optional' | t }}</span>
                }
              </h3>
              @for (step of lesson.steps; track step.key; let si = $index) {
                <article class="card preview-step" [attr.aria-labelledby]="'ps-' + step.key">
                  <h4 class="card__eyebrow" [id]="'ps-' + step.key">
                    {{ 'authoring.outline.step' | t: { n: si + 1, type: (stepTypeLabels[step.type] | t) } }}
                  </h4>
                  @if (asQuiz(step); as quiz) {
                    <pa-quiz-answers-preview [step]="quiz" />
                  } @else {
                    <pa-step-player [step]="step" />
                  }
                </article>
              }
            </section>
          }
        </section>
      }
      <div class="actions">
        <a class="button button--primary" routerLink="..">{{ 'authoring.preview.back' | t }}</a>
      </div>
    }
  `,
})
export class CoursePreviewPageComponent {
  private readonly api = inject(CoursesApiService);

  /** Route parameter. */
  readonly id = input.required<string>();
  readonly library = input(false);

  protected readonly stepTypeLabels = STEP_TYPE_LABEL_KEYS;
  protected readonly draft = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.draft(params),
  });
  protected readonly errorKey = errorKeyOf(this.draft);

  protected asQuiz(step: Step): QuizStep | null {
    return step.type === 'quiz' ? step : null;
  }
}
