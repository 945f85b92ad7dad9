import type { CourseContent } from '@passerelle/contracts';
import { ContentKeySchema } from '@passerelle/contracts';
import { KEY_MAX_LENGTH, collectKeys, slugify, uniqueKey } from './content-keys';
import {
  type NewItemTitles,
  addLesson,
  addModule,
  addStep,
  updateLesson,
  updateModule,
} from './content-tree';

const TITLES: NewItemTitles = {
  module: 'Module 1',
  lesson: 'Leçon 1',
  step: 'Texte',
  question: 'Question',
  choice: 'Réponse',
};

describe('slugify', () => {
  it('makes a lowercase ascii key with dashes from a French title', () => {
    // given
    const title = '  Leçon 1 : l’écran d’accueil — Œuvre & Été !';
    // when
    const sut = slugify(title);
    // then
    expect(sut).toBe('lecon-1-l-ecran-d-accueil-oeuvre-ete');
    expect(ContentKeySchema.safeParse(sut).success).toBe(true);
  });

  it('keeps keys at most 80 characters, without a trailing dash', () => {
    // given
    const title = `${'a'.repeat(79)} b c d`;
    // when
    const sut = slugify(title);
    // then
    expect(sut.length).toBeLessThanOrEqual(KEY_MAX_LENGTH);
    expect(sut.endsWith('-')).toBe(false);
    expect(ContentKeySchema.safeParse(sut).success).toBe(true);
  });

  it('falls back to a valid key when the title has no letter or digit', () => {
    // when
    const sut = slugify('« ? »');
    // then
    expect(ContentKeySchema.safeParse(sut).success).toBe(true);
  });
});

describe('uniqueKey', () => {
  it('adds -2, -3… when the key is taken', () => {
    // given
    const taken = new Set(['module-1', 'module-1-2']);
    // when
    const sut = uniqueKey('Module 1', taken);
    // then
    expect(sut).toBe('module-1-3');
  });

  it('stays within 80 characters with a suffix', () => {
    // given
    const long = 'x'.repeat(120);
    const taken = new Set([slugify(long)]);
    // when
    const sut = uniqueKey(long, taken);
    // then
    expect(sut).toBe(`${'x'.repeat(78)}-2`);
    expect(ContentKeySchema.safeParse(sut).success).toBe(true);
  });
});

describe('keys of new and edited items', () => {
  function aCourse(): CourseContent {
    return addModule({ modules: [] }, 'Module 1', TITLES).content;
  }

  it('gives every new module, lesson, step, question and choice a key unique in the course', () => {
    // given
    let content = aCourse();
    const moduleKey = content.modules[0]?.key ?? '';
    // when
    content = addModule(content, 'Module 1', TITLES).content;
    content = addLesson(content, moduleKey, 'Leçon 1', TITLES).content;
    const lessonKey = content.modules[0]?.lessons[0]?.key ?? '';
    content = addStep(content, lessonKey, 'quiz', 'Quiz', TITLES).content;
    content = addStep(content, lessonKey, 'quiz', 'Quiz', TITLES).content;
    // then
    const all: string[] = [];
    content.modules.forEach((m) => {
      all.push(m.key);
      m.lessons.forEach((l) => {
        all.push(l.key);
        l.steps.forEach((s) => {
          all.push(s.key);
          if (s.type === 'quiz') s.questions.forEach((q) => all.push(q.key, ...q.choices.map((c) => c.key)));
        });
      });
    });
    expect(new Set(all).size).toBe(all.length);
    expect(collectKeys(content).size).toBe(all.length);
    expect(content.modules.map((m) => m.key)).toEqual(['module-1', 'module-1-2']);
    expect(all.every((k) => ContentKeySchema.safeParse(k).success)).toBe(true);
  });

  it('never changes a key when the title changes', () => {
    // given
    const content = aCourse();
    const module = content.modules[0];
    const lesson = module?.lessons[0];
    // when
    const renamed = updateLesson(
      updateModule(content, module?.key ?? '', (m) => ({ ...m, title: 'Bien démarrer avec la tablette' })),
      lesson?.key ?? '',
      (l) => ({ ...l, title: 'Allumer et éteindre' }),
    );
    // then
    expect(renamed.modules[0]?.title).toBe('Bien démarrer avec la tablette');
    expect(renamed.modules[0]?.key).toBe('module-1');
    expect(renamed.modules[0]?.lessons[0]?.title).toBe('Allumer et éteindre');
    expect(renamed.modules[0]?.lessons[0]?.key).toBe(lesson?.key);
  });

  it('never changes existing keys when items are added', () => {
    // given
    const content = aCourse();
    const before = [...collectKeys(content)];
    // when
    const after = addModule(content, 'Module 1', TITLES).content;
    // then
    expect(after.modules[0]).toBe(content.modules[0]);
    expect(before.every((k) => collectKeys(after).has(k))).toBe(true);
  });
});
