import type { CourseDraft } from '@passerelle/contracts';
import { placeError, toDraftErrors } from './draft-errors';

function aDraft(): CourseDraft {
  return {
    meta: {
      title: 'La tablette',
      summary: 'Premiers pas',
      audience: 'senior',
      level: 1,
      estimatedMinutes: 30,
      competenceCodes: [],
      requiredForVisits: false,
    },
    content: {
      modules: [
        {
          key: 'm1',
          title: 'M1',
          lessons: [
            {
              key: 'l1',
              title: 'L1',
              required: true,
              steps: [
                { key: 's1', type: 'text', markdown: 'Bonjour' },
                {
                  key: 'quiz-1',
                  type: 'quiz',
                  passThreshold: 80,
                  questions: [
                    {
                      key: 'q1',
                      prompt: 'Où ?',
                      multiple: false,
                      choices: [
                        { key: 'a', text: 'A', correct: true, feedback: 'Oui' },
                        { key: 'b', text: 'B', correct: true, feedback: 'Non' },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  };
}

describe('placeError', () => {
  it('finds the step an API path names, and the field inside it', () => {
    // when
    const sut = placeError(aDraft(), 'content.modules.0.lessons.0.steps.1.questions.0.choices');
    // then
    expect(sut).toEqual({ target: { kind: 'step', key: 'quiz-1' }, field: 'questions.0.choices' });
  });

  it('places meta fields on the course, and module or lesson fields on them', () => {
    // when / then
    expect(placeError(aDraft(), 'meta.title')).toEqual({ target: { kind: 'course' }, field: 'title' });
    expect(placeError(aDraft(), 'content.modules.0.title')).toEqual({
      target: { kind: 'module', key: 'm1' },
      field: 'title',
    });
    expect(placeError(aDraft(), 'content.modules.0.lessons.0.steps')).toEqual({
      target: { kind: 'lesson', key: 'l1' },
      field: 'steps',
    });
  });
});

describe('toDraftErrors', () => {
  it('says which rule a quiz question broke, in plain words', () => {
    // given
    const draft = aDraft();
    // when
    const sut = toDraftErrors(draft, [
      { path: 'content.modules.0.lessons.0.steps.1.questions.0.choices', code: 'custom', message: 'x' },
      { path: 'content.modules.0.lessons.0.steps.0.key', code: 'custom', message: 'Clé en double : s1' },
    ]);
    // then
    expect(sut.map((e) => e.messageKey)).toEqual([
      'authoring.error.oneRightAnswer',
      'authoring.error.duplicateKey',
    ]);
  });
});
