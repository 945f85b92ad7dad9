import type { CourseContent, CourseModule, Lesson, QuizStep, Step, StepType } from '@passerelle/contracts';
import { collectKeys, uniqueKey } from './content-keys';

/**
 * Pure, immutable operations on a course's content tree. Modules, lessons and steps are addressed by
 * their key (unique in the course and never changed), so a selection survives any reordering.
 */

export type QuizQuestion = QuizStep['questions'][number];
export type QuizChoice = QuizQuestion['choices'][number];

export type ItemKind = 'module' | 'lesson' | 'step';
export type Location =
  | { kind: 'module'; moduleIndex: number }
  | { kind: 'lesson'; moduleIndex: number; lessonIndex: number }
  | { kind: 'step'; moduleIndex: number; lessonIndex: number; stepIndex: number };

/** Titles of what the editor creates, in the author's language; keys are made from them. */
export interface NewItemTitles {
  module: string;
  lesson: string;
  step: string;
  question: string;
  choice: string;
}

// ─── Reordering ────────────────────────────────────────────────────────────────────────────────────

/** A copy of `list` with the item at `from` moved to `to` (clamped); unchanged copy if `from` is out of range. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

export function moveUp<T>(list: readonly T[], index: number): T[] {
  return index > 0 ? moveItem(list, index, index - 1) : [...list];
}

export function moveDown<T>(list: readonly T[], index: number): T[] {
  return index < list.length - 1 ? moveItem(list, index, index + 1) : [...list];
}

export function moveModule(content: CourseContent, from: number, to: number): CourseContent {
  return { ...content, modules: moveItem(content.modules, from, to) };
}

export function moveLesson(
  content: CourseContent,
  moduleKey: string,
  from: number,
  to: number,
): CourseContent {
  return updateModule(content, moduleKey, (m) => ({ ...m, lessons: moveItem(m.lessons, from, to) }));
}

export function moveStep(content: CourseContent, lessonKey: string, from: number, to: number): CourseContent {
  return updateLesson(content, lessonKey, (l) => ({ ...l, steps: moveItem(l.steps, from, to) }));
}

// ─── Finding ───────────────────────────────────────────────────────────────────────────────────────

export function locate(content: CourseContent, key: string): Location | null {
  for (const [moduleIndex, module] of content.modules.entries()) {
    if (module.key === key) return { kind: 'module', moduleIndex };
    for (const [lessonIndex, lesson] of module.lessons.entries()) {
      if (lesson.key === key) return { kind: 'lesson', moduleIndex, lessonIndex };
      const stepIndex = lesson.steps.findIndex((s) => s.key === key);
      if (stepIndex >= 0) return { kind: 'step', moduleIndex, lessonIndex, stepIndex };
    }
  }
  return null;
}

export function findModule(content: CourseContent, key: string): CourseModule | undefined {
  return content.modules.find((m) => m.key === key);
}

export function findLesson(content: CourseContent, key: string): Lesson | undefined {
  for (const module of content.modules) {
    const lesson = module.lessons.find((l) => l.key === key);
    if (lesson) return lesson;
  }
  return undefined;
}

export function findStep(content: CourseContent, key: string): Step | undefined {
  for (const module of content.modules) {
    for (const lesson of module.lessons) {
      const step = lesson.steps.find((s) => s.key === key);
      if (step) return step;
    }
  }
  return undefined;
}

// ─── Updating ──────────────────────────────────────────────────────────────────────────────────────

export function updateModule(
  content: CourseContent,
  key: string,
  change: (module: CourseModule) => CourseModule,
): CourseContent {
  return { ...content, modules: content.modules.map((m) => (m.key === key ? change(m) : m)) };
}

export function updateLesson(
  content: CourseContent,
  key: string,
  change: (lesson: Lesson) => Lesson,
): CourseContent {
  return {
    ...content,
    modules: content.modules.map((m) =>
      m.lessons.some((l) => l.key === key)
        ? { ...m, lessons: m.lessons.map((l) => (l.key === key ? change(l) : l)) }
        : m,
    ),
  };
}

export function updateStep(content: CourseContent, key: string, change: (step: Step) => Step): CourseContent {
  return {
    ...content,
    modules: content.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) =>
        l.steps.some((s) => s.key === key)
          ? { ...l, steps: l.steps.map((s) => (s.key === key ? change(s) : s)) }
          : l,
      ),
    })),
  };
}

// ─── Adding and removing ───────────────────────────────────────────────────────────────────────────

/** A step of the given type with empty fields (the key is its only given value). */
export function newStep(type: StepType, key: string, quiz?: { question: QuizQuestion }): Step {
  switch (type) {
    case 'text':
      return { key, type, title: '', markdown: '' };
    case 'image':
      return { key, type, mediaId: '', alt: '', caption: '' };
    case 'video':
      return { key, type, title: '', mediaId: '', captionsMediaId: '', transcript: '' };
    case 'quiz':
      return { key, type, title: '', passThreshold: 80, questions: quiz ? [quiz.question] : [] };
    case 'practice':
      return { key, type, title: '', instruction: '', helpText: '' };
    case 'observation':
      return { key, type, skill: '', description: '' };
  }
}

function newChoice(key: string): QuizChoice {
  return { key, text: '', correct: false, feedback: '' };
}

/** A question with two empty choices; keys are made unique against `taken`, which is updated. */
function newQuestion(titles: Pick<NewItemTitles, 'question' | 'choice'>, number: number, taken: Set<string>) {
  const claim = (title: string) => {
    const key = uniqueKey(title, taken);
    taken.add(key);
    return key;
  };
  const key = claim(`${titles.question} ${number}`);
  const choices = [1, 2].map((n) => newChoice(claim(`${titles.choice} ${number} ${n}`)));
  return { key, prompt: '', multiple: false, choices } satisfies QuizQuestion;
}

function buildStep(type: StepType, title: string, titles: NewItemTitles, taken: Set<string>): Step {
  const key = uniqueKey(title, taken);
  taken.add(key);
  return newStep(type, key, type === 'quiz' ? { question: newQuestion(titles, 1, taken) } : undefined);
}

function buildLesson(title: string, titles: NewItemTitles, taken: Set<string>): Lesson {
  const key = uniqueKey(title, taken);
  taken.add(key);
  return { key, title, required: true, steps: [buildStep('text', titles.step, titles, taken)] };
}

export interface Added {
  content: CourseContent;
  key: string;
}

/** Appends a module holding one lesson with one text step (a module cannot be empty). */
export function addModule(content: CourseContent, title: string, titles: NewItemTitles): Added {
  const taken = collectKeys(content);
  const key = uniqueKey(title, taken);
  taken.add(key);
  const module: CourseModule = { key, title, lessons: [buildLesson(titles.lesson, titles, taken)] };
  return { content: { ...content, modules: [...content.modules, module] }, key };
}

export function addLesson(
  content: CourseContent,
  moduleKey: string,
  title: string,
  titles: NewItemTitles,
): Added {
  const lesson = buildLesson(title, titles, collectKeys(content));
  return {
    content: updateModule(content, moduleKey, (m) => ({ ...m, lessons: [...m.lessons, lesson] })),
    key: lesson.key,
  };
}

export function addStep(
  content: CourseContent,
  lessonKey: string,
  type: StepType,
  title: string,
  titles: NewItemTitles,
): Added {
  const step = buildStep(type, title, titles, collectKeys(content));
  return {
    content: updateLesson(content, lessonKey, (l) => ({ ...l, steps: [...l.steps, step] })),
    key: step.key,
  };
}

export function removeItem(content: CourseContent, key: string): CourseContent {
  return {
    ...content,
    modules: content.modules
      .filter((m) => m.key !== key)
      .map((m) => ({
        ...m,
        lessons: m.lessons
          .filter((l) => l.key !== key)
          .map((l) => ({ ...l, steps: l.steps.filter((s) => s.key !== key) })),
      })),
  };
}

/** The first course made by "Créer un cours": Module 1 > Leçon 1 > one text step to fill in. */
export function starterContent(titles: NewItemTitles & { text: string }): CourseContent {
  const { content } = addModule({ modules: [] }, titles.module, titles);
  return updateStep(content, content.modules[0]?.lessons[0]?.steps[0]?.key ?? '', (s) =>
    s.type === 'text' ? { ...s, markdown: titles.text } : s,
  );
}

// ─── Quiz questions and choices ────────────────────────────────────────────────────────────────────

export function addQuestion(content: CourseContent, quiz: QuizStep, titles: NewItemTitles): QuizStep {
  const question = newQuestion(titles, quiz.questions.length + 1, collectKeys(content));
  return { ...quiz, questions: [...quiz.questions, question] };
}

export function addChoice(
  content: CourseContent,
  quiz: QuizStep,
  questionIndex: number,
  titles: NewItemTitles,
): QuizStep {
  return updateQuestion(quiz, questionIndex, (q) => {
    const key = uniqueKey(
      `${titles.choice} ${questionIndex + 1} ${q.choices.length + 1}`,
      collectKeys(content),
    );
    return { ...q, choices: [...q.choices, newChoice(key)] };
  });
}

export function updateQuestion(
  quiz: QuizStep,
  index: number,
  change: (question: QuizQuestion) => QuizQuestion,
): QuizStep {
  return { ...quiz, questions: quiz.questions.map((q, i) => (i === index ? change(q) : q)) };
}

export function updateChoice(
  quiz: QuizStep,
  questionIndex: number,
  choiceIndex: number,
  change: (choice: QuizChoice) => QuizChoice,
): QuizStep {
  return updateQuestion(quiz, questionIndex, (q) => ({
    ...q,
    choices: q.choices.map((c, i) => (i === choiceIndex ? change(c) : c)),
  }));
}

/**
 * Ticks or unticks "Bonne réponse". On a single-choice question, ticking one unticks the others,
 * so the question keeps exactly one right answer.
 */
export function setChoiceCorrect(
  quiz: QuizStep,
  questionIndex: number,
  choiceIndex: number,
  correct: boolean,
): QuizStep {
  return updateQuestion(quiz, questionIndex, (q) => ({
    ...q,
    choices: q.choices.map((c, i) =>
      i === choiceIndex ? { ...c, correct } : correct && !q.multiple ? { ...c, correct: false } : c,
    ),
  }));
}

// ─── Before sending ────────────────────────────────────────────────────────────────────────────────

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** Optional text fields left empty are left out, as the contract wants them absent, not blank. */
export function withoutBlankOptionals(content: CourseContent): CourseContent {
  const clean = (step: Step): Step => {
    switch (step.type) {
      case 'text':
      case 'quiz':
        return { ...step, title: blankToUndefined(step.title) };
      case 'image':
        return { ...step, caption: blankToUndefined(step.caption) };
      case 'video':
        return { ...step, transcript: blankToUndefined(step.transcript) };
      case 'practice':
        return { ...step, helpText: blankToUndefined(step.helpText) };
      case 'observation':
        return step;
    }
  };
  return {
    ...content,
    modules: content.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => ({ ...l, steps: l.steps.map(clean) })),
    })),
  };
}
