import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { ObservationLearnerStep } from '../learning-event';
import { MarkdownComponent } from '../markdown.component';

/** A know-how the volunteer checks at home: the learner only learns what it is about. */
@Component({
  selector: 'pa-observation-step',
  imports: [TranslatePipe, MarkdownComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="step__title">{{ 'learning.observation.heading' | t: { skill: step().skill } }}</h2>
    <p class="step-notice">{{ 'learning.observation.notice' | t }}</p>
    <pa-markdown [markdown]="step().description" />
  `,
})
export class ObservationStepComponent {
  readonly step = input.required<ObservationLearnerStep>();
}
