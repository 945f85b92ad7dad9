import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { LearningEvent, PracticeLearnerStep } from '../learning-event';
import { MarkdownComponent } from '../markdown.component';

/** "Do it on your tablet", then say so, or ask for help and get it straight away. */
@Component({
  selector: 'pa-practice-step',
  imports: [TranslatePipe, MarkdownComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="step__title">{{ step().title }}</h2>
    <pa-markdown [markdown]="step().instruction" />
    <div class="practice__actions">
      <button type="button" class="button button--primary button--large" (click)="done()">
        {{ 'learning.practice.done' | t }}
      </button>
      <button
        type="button"
        class="button button--secondary button--large"
        [attr.aria-expanded]="helpShown()"
        [attr.aria-controls]="helpId()"
        (click)="askHelp()"
      >
        {{ 'learning.practice.help' | t }}
      </button>
    </div>
    <div role="status">
      @if (doneSaid()) {
        <p class="step-confirmation">{{ 'learning.practice.doneConfirmation' | t }}</p>
      }
    </div>
    <div [id]="helpId()">
      @if (helpShown()) {
        <section class="practice__help" [attr.aria-labelledby]="helpId() + '-heading'">
          <h3 [id]="helpId() + '-heading'">{{ 'learning.practice.helpHeading' | t }}</h3>
          @if (step().helpText; as helpText) {
            <pa-markdown [markdown]="helpText" />
          } @else {
            <p>{{ 'learning.practice.noHelpText' | t }}</p>
          }
        </section>
      }
    </div>
  `,
})
export class PracticeStepComponent {
  readonly step = input.required<PracticeLearnerStep>();
  readonly learn = output<LearningEvent>();

  protected readonly doneSaid = linkedSignal({ source: this.step, computation: () => false });
  protected readonly helpShown = linkedSignal({ source: this.step, computation: () => false });
  protected helpId(): string {
    return `practice-help-${this.step().key}`;
  }

  protected done(): void {
    this.doneSaid.set(true);
    this.learn.emit({ verb: 'completed', stepKey: this.step().key });
  }

  protected askHelp(): void {
    this.helpShown.set(true);
    this.doneSaid.set(false);
    this.learn.emit({ verb: 'asked-help', stepKey: this.step().key });
  }
}
