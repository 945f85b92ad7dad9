import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  untracked,
} from '@angular/core';
import type { LearnerStep, QuizFeedback } from '@passerelle/contracts';
import type { LearningEvent } from '../learning-event';
import { ImageStepComponent } from './image-step.component';
import { ObservationStepComponent } from './observation-step.component';
import { PracticeStepComponent } from './practice-step.component';
import { QuizStepComponent } from './quiz-step.component';
import { TextStepComponent } from './text-step.component';
import { VideoStepComponent } from './video-step.component';

/** Shows one step of a lesson, whatever its kind, and reports what the learner did with it. */
@Component({
  selector: 'pa-step-player',
  imports: [
    TextStepComponent,
    ImageStepComponent,
    VideoStepComponent,
    QuizStepComponent,
    PracticeStepComponent,
    ObservationStepComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'step-player', '[class.step-player--senior]': 'senior()' },
  template: `
    @if (text(); as s) {
      <pa-text-step [step]="s" />
    } @else if (image(); as s) {
      <pa-image-step [step]="s" />
    } @else if (video(); as s) {
      <pa-video-step [step]="s" />
    } @else if (quiz(); as s) {
      <pa-quiz-step [step]="s" [feedback]="quizFeedback()" (learn)="learn.emit($event)" />
    } @else if (practice(); as s) {
      <pa-practice-step [step]="s" (learn)="learn.emit($event)" />
    } @else if (observation(); as s) {
      <pa-observation-step [step]="s" />
    }
  `,
})
export class StepPlayerComponent {
  readonly step = input.required<LearnerStep>();
  readonly quizFeedback = input<QuizFeedback | null>(null);
  /** Larger type and targets for the senior tablet. */
  readonly senior = input(false);
  readonly learn = output<LearningEvent>();

  protected readonly text = computed(() => narrow(this.step(), 'text'));
  protected readonly image = computed(() => narrow(this.step(), 'image'));
  protected readonly video = computed(() => narrow(this.step(), 'video'));
  protected readonly quiz = computed(() => narrow(this.step(), 'quiz'));
  protected readonly practice = computed(() => narrow(this.step(), 'practice'));
  protected readonly observation = computed(() => narrow(this.step(), 'observation'));

  constructor() {
    // Reading, looking or watching is the whole of these steps: showing them is what is recorded.
    effect(() => {
      const step = this.step();
      if (step.type === 'text' || step.type === 'image' || step.type === 'video') {
        untracked(() => this.learn.emit({ verb: 'experienced', stepKey: step.key }));
      }
    });
  }
}

function narrow<T extends LearnerStep['type']>(
  step: LearnerStep,
  type: T,
): Extract<LearnerStep, { type: T }> | null {
  return step.type === type ? (step as Extract<LearnerStep, { type: T }>) : null;
}
