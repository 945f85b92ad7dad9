import type { CourseDraft, FieldError } from '@passerelle/contracts';
import type { TranslationKey } from '../shared/i18n/fr';

/** What the editor can show on the right: the course's information, or one module, lesson or step. */
export type EditorTarget = { kind: 'course' } | { kind: 'module' | 'lesson' | 'step'; key: string };

/** A field error placed on the item it belongs to, with a plain message. */
export interface DraftError {
  target: EditorTarget;
  /** The path inside the item, e.g. "alt", "questions.0.choices", "title". */
  field: string;
  messageKey: TranslationKey;
}

const LIST_FIELDS = new Set(['modules', 'lessons', 'steps', 'questions', 'choices']);

function index(segment: string | undefined): number {
  return segment !== undefined && /^\d+$/.test(segment) ? Number(segment) : -1;
}

/**
 * Turns an API path ("content.modules.0.lessons.0.steps.1.questions.0.choices") into the item it
 * names, looked up in the content that was sent, and the rest of the path.
 */
export function placeError(draft: CourseDraft, path: string): { target: EditorTarget; field: string } {
  const parts = path.split('.');
  const course = { target: { kind: 'course' } as EditorTarget, field: path };
  if (parts[0] === 'meta') return { target: { kind: 'course' }, field: parts.slice(1).join('.') };
  if (parts[0] !== 'content' || parts[1] !== 'modules') return course;
  const module = draft.content.modules[index(parts[2])];
  if (!module) return { target: { kind: 'course' }, field: 'modules' };
  if (parts[3] !== 'lessons')
    return { target: { kind: 'module', key: module.key }, field: parts.slice(3).join('.') };
  const lesson = module.lessons[index(parts[4])];
  if (!lesson) return { target: { kind: 'module', key: module.key }, field: 'lessons' };
  if (parts[5] !== 'steps')
    return { target: { kind: 'lesson', key: lesson.key }, field: parts.slice(5).join('.') };
  const step = lesson.steps[index(parts[6])];
  if (!step) return { target: { kind: 'lesson', key: lesson.key }, field: 'steps' };
  return { target: { kind: 'step', key: step.key }, field: parts.slice(7).join('.') };
}

/** One plain sentence per problem, whatever the wording of the rule that caught it. */
export function draftErrorMessageKey(draft: CourseDraft, path: string, code: string): TranslationKey {
  const parts = path.split('.');
  const last = parts[parts.length - 1] ?? '';
  if (last === 'key') return 'authoring.error.duplicateKey';
  if (last === 'choices' && code === 'custom') {
    const question = questionAt(draft, parts);
    const rightAnswers = question?.choices.filter((c) => c.correct).length ?? 0;
    return rightAnswers === 0 ? 'authoring.error.noRightAnswer' : 'authoring.error.oneRightAnswer';
  }
  if (LIST_FIELDS.has(last)) {
    if (code === 'too_big') return 'authoring.error.tooMany';
    return last === 'choices' ? 'authoring.error.twoChoices' : 'authoring.error.empty';
  }
  switch (last) {
    case 'mediaId':
      return 'authoring.error.mediaMissing';
    case 'captionsMediaId':
      return 'authoring.error.captionsMissing';
    case 'alt':
      return code === 'too_big' ? 'authoring.error.tooLong' : 'authoring.error.altMissing';
    case 'passThreshold':
      return 'authoring.error.threshold';
    case 'estimatedMinutes':
      return 'authoring.error.minutes';
    case 'competenceCodes':
      return 'authoring.error.competences';
    case 'coverMediaId':
      return 'authoring.error.coverNotImage';
  }
  if (code === 'too_small' || code === 'invalid_type') return 'authoring.error.required';
  if (code === 'too_big') return 'authoring.error.tooLong';
  return 'authoring.error.invalid';
}

function questionAt(draft: CourseDraft, parts: string[]) {
  const step = draft.content.modules[index(parts[2])]?.lessons[index(parts[4])]?.steps[index(parts[6])];
  if (step?.type !== 'quiz' || parts[7] !== 'questions') return undefined;
  return step.questions[index(parts[8])];
}

/** Places every field error of a rejected draft (from the API or from the same schema run here). */
export function toDraftErrors(draft: CourseDraft, errors: readonly FieldError[]): DraftError[] {
  return errors.map((error) => ({
    ...placeError(draft, error.path),
    messageKey: draftErrorMessageKey(draft, error.path, error.code),
  }));
}

export function sameTarget(a: EditorTarget, b: EditorTarget): boolean {
  if (a.kind === 'course' || b.kind === 'course') return a.kind === b.kind;
  return a.kind === b.kind && a.key === b.key;
}

/** The id of the form control for a field of the selected item ("questions.0.prompt" -> "ed-questions-0-prompt"). */
export function fieldId(field: string): string {
  return field ? `ed-${field.replace(/\./g, '-')}` : 'ed-heading';
}
