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

/** The form of one step, whatever its type. Emits the whole changed step; keys are never touched. */
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

  readonly changed = output<Step>();

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
    this.changed.emit({ ...step, ...changes });
  }

  protected onMedia(step: Step, field: 'mediaId' | 'captionsMediaId', media: Media): void {
    this.changed.emit({ ...step, [field]: media.id } as Step);
  }

  protected threshold(quiz: QuizStep, value: string): void {
    this.patch(quiz, { passThreshold: value.trim() === '' ? Number.NaN : Number(value) });
  }

  // Quiz questions and choices

  protected addQuestion(quiz: QuizStep): void {
    this.changed.emit(addQuestion(this.content(), quiz, this.titles()));
  }

  protected removeQuestion(quiz: QuizStep, index: number): void {
    this.changed.emit({ ...quiz, questions: quiz.questions.filter((_, i) => i !== index) });
  }

  protected moveQuestion(quiz: QuizStep, from: number, to: number): void {
    this.changed.emit({ ...quiz, questions: moveItem(quiz.questions, from, to) });
  }

  protected setPrompt(quiz: QuizStep, index: number, prompt: string): void {
    this.changed.emit(updateQuestion(quiz, index, (q) => ({ ...q, prompt })));
  }

  protected setMultiple(quiz: QuizStep, index: number, multiple: boolean): void {
    this.changed.emit(updateQuestion(quiz, index, (q) => ({ ...q, multiple })));
  }

  protected addChoice(quiz: QuizStep, questionIndex: number): void {
    this.changed.emit(addChoice(this.content(), quiz, questionIndex, this.titles()));
  }

  protected removeChoice(quiz: QuizStep, questionIndex: number, choiceIndex: number): void {
    this.changed.emit(
      updateQuestion(quiz, questionIndex, (q) => ({
        ...q,
        choices: q.choices.filter((_, i) => i !== choiceIndex),
      })),
    );
  }

  protected moveChoice(quiz: QuizStep, questionIndex: number, from: number, to: number): void {
    this.changed.emit(
      updateQuestion(quiz, questionIndex, (q) => ({ ...q, choices: moveItem(q.choices, from, to) })),
    );
  }

  protected setChoiceText(quiz: QuizStep, q: number, c: number, text: string): void {
    this.changed.emit(updateChoice(quiz, q, c, (choice) => ({ ...choice, text })));
  }

  protected setChoiceFeedback(quiz: QuizStep, q: number, c: number, feedback: string): void {
    this.changed.emit(updateChoice(quiz, q, c, (choice) => ({ ...choice, feedback })));
  }

  protected setCorrect(quiz: QuizStep, q: number, c: number, correct: boolean): void {
    this.changed.emit(setChoiceCorrect(quiz, q, c, correct));
  }
}

function narrow<T extends Step['type']>(step: Step, type: T): Extract<Step, { type: T }> | null {
  return step.type === type ? (step as Extract<Step, { type: T }>) : null;
}
