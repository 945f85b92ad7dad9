import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { TextLearnerStep } from '../learning-event';
import { MarkdownComponent } from '../markdown.component';

function speechSupported(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** A text step, with a button that reads it aloud in French where the device can speak. */
@Component({
  selector: 'pa-text-step',
  imports: [TranslatePipe, MarkdownComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (step().title; as title) {
      <h2 class="step__title">{{ title }}</h2>
    }
    @if (canSpeak) {
      <button type="button" class="button button--secondary step__read-aloud" (click)="toggleReading()">
        {{ (reading() ? 'learning.readAloud.stop' : 'learning.readAloud.start') | t }}
      </button>
    }
    <pa-markdown #body [markdown]="step().markdown" />
  `,
})
export class TextStepComponent {
  readonly step = input.required<TextLearnerStep>();

  protected readonly canSpeak = speechSupported();
  protected readonly reading = signal(false);
  private readonly body = viewChild.required('body', { read: ElementRef<HTMLElement> });

  constructor() {
    // A new step silences the previous one.
    effect(() => {
      this.step();
      untracked(() => this.stopReading());
    });
    inject(DestroyRef).onDestroy(() => this.stopReading());
  }

  protected toggleReading(): void {
    if (this.reading()) {
      this.stopReading();
      return;
    }
    const title = this.step().title ?? '';
    const text = `${title}\n${(this.body().nativeElement as HTMLElement).textContent ?? ''}`.trim();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'fr-FR';
    utterance.onend = () => this.reading.set(false);
    utterance.onerror = () => this.reading.set(false);
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    this.reading.set(true);
  }

  private stopReading(): void {
    if (this.canSpeak && this.reading()) window.speechSynthesis.cancel();
    this.reading.set(false);
  }
}
