import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import type { QuizFeedback } from '@passerelle/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { LearningEvent, QuizAnswer, QuizLearnerStep } from '../learning-event';

type Question = QuizLearnerStep['questions'][number];
type ChoiceFeedback = QuizFeedback['questions'][number]['choices'][number];

/**
 * A quiz without a clock: the learner answers, the server corrects (the learner's copy of the course
 * does not know the right answers), every choice gets its explanation, and the learner may try again.
 */
@Component({
  selector: 'pa-quiz-step',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="step__title">{{ step().title ?? ('learning.quiz.defaultTitle' | t) }}</h2>
    <p class="muted">{{ 'learning.quiz.intro' | t }}</p>
    <form class="quiz" novalidate (submit)="submit($event)">
      @for (question of step().questions; track question.key; let index = $index) {
        <fieldset class="quiz__question" [class.field--invalid]="missing().includes(question.key)">
          <legend class="quiz__prompt">{{ index + 1 }}. {{ question.prompt }}</legend>
          <p class="field__hint">
            {{ (question.multiple ? 'learning.quiz.multiple' : 'learning.quiz.single') | t }}
          </p>
          @if (missing().includes(question.key)) {
            <p class="field__error">{{ 'learning.quiz.unanswered' | t }}</p>
          }
          @for (choice of question.choices; track choice.key) {
            @let feedback = choiceFeedback(question.key, choice.key);
            <div
              class="quiz__choice"
              [class.quiz__choice--right]="feedback?.correct === true"
              [class.quiz__choice--wrong]="feedback?.correct === false"
            >
              <div class="radio">
                <input
                  [type]="question.multiple ? 'checkbox' : 'radio'"
                  [id]="inputId(question, choice.key)"
                  [name]="step().key + '--' + question.key"
                  [value]="choice.key"
                  [checked]="isSelected(question.key, choice.key)"
                  [disabled]="submitted()"
                  (change)="toggle(question, choice.key)"
                />
                <label [for]="inputId(question, choice.key)">{{ choice.text }}</label>
              </div>
              @if (feedback) {
                <p class="quiz__feedback">
                  <strong
                    >{{ (feedback.selected ? 'learning.quiz.yourChoice' : 'learning.quiz.notChosen') | t }}
                    {{ (feedback.correct ? 'learning.quiz.right' : 'learning.quiz.wrong') | t }}</strong
                  >
                  {{ feedback.feedback }}
                </p>
              }
            </div>
          }
        </fieldset>
      }
      @if (!submitted()) {
        <button type="submit" class="button button--primary button--large">
          {{ 'learning.quiz.submit' | t }}
        </button>
      }
    </form>
    <div role="status" class="quiz__status">
      @if (result(); as r) {
        <div class="quiz__result" [class.quiz__result--passed]="r.passed">
          <p class="quiz__score">{{ 'learning.quiz.score' | t: { score: r.score } }}</p>
          <p>
            {{
              r.passed
                ? ('learning.quiz.passed' | t)
                : ('learning.quiz.failed' | t: { threshold: step().passThreshold })
            }}
          </p>
        </div>
      } @else if (submitted()) {
        <p>{{ 'learning.quiz.waiting' | t }}</p>
      }
    </div>
    @if (result()) {
      <button type="button" class="button button--secondary button--large" (click)="retry()">
        {{ 'learning.quiz.retry' | t }}
      </button>
    }
  `,
})
export class QuizStepComponent {
  readonly step = input.required<QuizLearnerStep>();
  /** The server's correction of the latest answer; null until it arrives. */
  readonly feedback = input<QuizFeedback | null>(null);
  readonly learn = output<LearningEvent>();

  protected readonly selected = linkedSignal<QuizLearnerStep, QuizAnswer>({
    source: this.step,
    computation: () => ({}),
  });
  protected readonly submitted = linkedSignal({ source: this.step, computation: () => false });
  protected readonly missing = signal<string[]>([]);
  /** Shown only for the attempt just sent: after "Réessayer" an older correction stays hidden. */
  protected readonly result = computed(() => (this.submitted() ? this.feedback() : null));

  protected inputId(question: Question, choiceKey: string): string {
    return `quiz-${this.step().key}-${question.key}-${choiceKey}`;
  }

  protected isSelected(questionKey: string, choiceKey: string): boolean {
    return this.selected()[questionKey]?.includes(choiceKey) ?? false;
  }

  protected choiceFeedback(questionKey: string, choiceKey: string): ChoiceFeedback | null {
    const question = this.result()?.questions.find((q) => q.key === questionKey);
    return question?.choices.find((c) => c.key === choiceKey) ?? null;
  }

  protected toggle(question: Question, choiceKey: string): void {
    this.selected.update((answer) => {
      const current = answer[question.key] ?? [];
      const next = question.multiple
        ? current.includes(choiceKey)
          ? current.filter((key) => key !== choiceKey)
          : [...current, choiceKey]
        : [choiceKey];
      return { ...answer, [question.key]: next };
    });
    this.missing.update((keys) => keys.filter((key) => key !== question.key));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const answer = this.selected();
    const missing = this.step()
      .questions.filter((q) => (answer[q.key] ?? []).length === 0)
      .map((q) => q.key);
    this.missing.set(missing);
    if (missing.length > 0) {
      document
        .getElementById(this.inputId(this.questionByKey(missing[0]), this.firstChoice(missing[0])))
        ?.focus();
      return;
    }
    const response: QuizAnswer = {};
    for (const question of this.step().questions) response[question.key] = answer[question.key] ?? [];
    this.submitted.set(true);
    this.learn.emit({ verb: 'answered', stepKey: this.step().key, response });
  }

  protected retry(): void {
    this.selected.set({});
    this.submitted.set(false);
  }

  private questionByKey(key: string | undefined): Question {
    const question = this.step().questions.find((q) => q.key === key) ?? this.step().questions[0];
    if (!question) throw new Error('A quiz has at least one question');
    return question;
  }

  private firstChoice(key: string | undefined): string {
    return this.questionByKey(key).choices[0]?.key ?? '';
  }
}
