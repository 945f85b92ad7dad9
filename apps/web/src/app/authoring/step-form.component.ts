import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  input,
  output,
} from '@angular/core';
import type { CourseContent, Media, QuizStep, Step } from '@passerelle/contracts';
import { mediaFileUrl } from '../shared/api/courses-api.service';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import {
  type NewItemTitles,
  addChoice,
  addQuestion,
  moveItem,
  setChoiceCorrect,
  updateChoice,
  updateQuestion,
} from './content-tree';
import type { DraftError } from './draft-errors';
import { MediaUploadComponent } from './media-upload.component';

/** A change to one step, applied by the editor to the step's current state; keys are never touched. */
export interface StepChange {
  key: string;
  update: (current: Step) => Step;
}

/** The form of one step, whatever its type. */
@Component({
  selector: 'pa-step-form',
  imports: [TranslatePipe, MediaUploadComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './step-form.css',
  templateUrl: './step-form.component.html',
})
export class StepFormComponent {
  readonly step = input.required<Step>();
  /** The whole course, so new questions and choices get keys unique in it. */
  readonly content = input.required<CourseContent>();
  readonly errors = input<readonly DraftError[]>([]);
  readonly titles = input.required<NewItemTitles>();

  readonly changed = output<StepChange>();

  protected readonly mediaFileUrl = mediaFileUrl;

  protected readonly text = computed(() => narrow(this.step(), 'text'));
  protected readonly image = computed(() => narrow(this.step(), 'image'));
  protected readonly video = computed(() => narrow(this.step(), 'video'));
  protected readonly quiz = computed(() => narrow(this.step(), 'quiz'));
  protected readonly practice = computed(() => narrow(this.step(), 'practice'));
  protected readonly observation = computed(() => narrow(this.step(), 'observation'));

  /** First problem per field of this step, e.g. { alt: 'authoring.error.altMissing' }. */
  protected readonly errorKeys = computed(() => {
    const keys: Record<string, TranslationKey> = {};
    for (const error of this.errors()) keys[error.field] ??= error.messageKey;
    return keys;
  });

  protected error(field: string): TranslationKey | null {
    return this.errorKeys()[field] ?? null;
  }

  /** aria-describedby for a field: its hint (when it has one) and its error (when shown). */
  protected patch<T extends Step>(step: T, changes: Partial<T>): void {
    this.edit(step, (current) => ({ ...current, ...changes }));
  }

  protected onMedia(step: Step, field: 'mediaId' | 'captionsMediaId', media: Media): void {
    this.edit(step, (current) => ({ ...current, [field]: media.id }) as Step);
  }

  protected threshold(quiz: QuizStep, value: string): void {
    this.patch(quiz, { passThreshold: value.trim() === '' ? Number.NaN : Number(value) });
  }

  // Quiz questions and choices

  protected addQuestion(quiz: QuizStep): void {
    this.edit(quiz, (current) => addQuestion(this.content(), current, this.titles()));
  }

  protected removeQuestion(quiz: QuizStep, index: number): void {
    this.edit(quiz, (current) => ({
      ...current,
      questions: current.questions.filter((_, i) => i !== index),
    }));
  }

  protected moveQuestion(quiz: QuizStep, from: number, to: number): void {
    this.edit(quiz, (current) => ({ ...current, questions: moveItem(current.questions, from, to) }));
  }

  protected setPrompt(quiz: QuizStep, index: number, prompt: string): void {
    this.edit(quiz, (current) => updateQuestion(current, index, (q) => ({ ...q, prompt })));
  }

  protected setMultiple(quiz: QuizStep, index: number, multiple: boolean): void {
    this.edit(quiz, (current) => updateQuestion(current, index, (q) => ({ ...q, multiple })));
  }

  protected addChoice(quiz: QuizStep, questionIndex: number): void {
    this.edit(quiz, (current) => addChoice(this.content(), current, questionIndex, this.titles()));
  }

  protected removeChoice(quiz: QuizStep, questionIndex: number, choiceIndex: number): void {
    this.edit(quiz, (current) =>
      updateQuestion(current, questionIndex, (q) => ({
        ...q,
        choices: q.choices.filter((_, i) => i !== choiceIndex),
      })),
    );
  }

  protected moveChoice(quiz: QuizStep, questionIndex: number, from: number, to: number): void {
    this.edit(quiz, (current) =>
      updateQuestion(current, questionIndex, (q) => ({ ...q, choices: moveItem(q.choices, from, to) })),
    );
  }

  protected setChoiceText(quiz: QuizStep, q: number, c: number, text: string): void {
    this.edit(quiz, (current) => updateChoice(current, q, c, (choice) => ({ ...choice, text })));
  }

  protected setChoiceFeedback(quiz: QuizStep, q: number, c: number, feedback: string): void {
    this.edit(quiz, (current) => updateChoice(current, q, c, (choice) => ({ ...choice, feedback })));
  }

  protected setCorrect(quiz: QuizStep, q: number, c: number, correct: boolean): void {
    this.edit(quiz, (current) => setChoiceCorrect(current, q, c, correct));
  }

  /**
   * Emits how to change the step rather than a changed copy: the parent applies it to the step as it
   * is now. An upload that finishes while the author types would otherwise be overwritten by a copy
   * taken before it (or the reverse), until the next change detection.
   */
  private edit<T extends Step>(step: T, update: (current: T) => Step): void {
    this.changed.emit({ key: step.key, update: (current) => update(current as T) });
  }
}

function narrow<T extends Step['type']>(step: Step, type: T): Extract<Step, { type: T }> | null {
  return step.type === type ? (step as Extract<Step, { type: T }>) : null;
}
