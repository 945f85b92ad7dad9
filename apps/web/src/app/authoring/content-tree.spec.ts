import type { CourseContent, QuizStep } from '@passerelle/contracts';
import {
  moveDown,
  moveItem,
  moveLesson,
  moveModule,
  moveStep,
  moveUp,
  removeItem,
  setChoiceCorrect,
  withoutBlankOptionals,
} from './content-tree';

function aContent(): CourseContent {
  const text = (key: string) => ({ key, type: 'text' as const, markdown: key });
  return {
    modules: [
      {
        key: 'm1',
        title: 'M1',
        lessons: [
          { key: 'l1', title: 'L1', required: true, steps: [text('s1'), text('s2'), text('s3')] },
          { key: 'l2', title: 'L2', required: true, steps: [text('s4')] },
        ],
      },
      { key: 'm2', title: 'M2', lessons: [{ key: 'l3', title: 'L3', required: true, steps: [text('s5')] }] },
      { key: 'm3', title: 'M3', lessons: [{ key: 'l4', title: 'L4', required: true, steps: [text('s6')] }] },
    ],
  };
}

describe('moveItem', () => {
  it('moves an item forwards and backwards without touching the original list', () => {
    // given
    const list = ['a', 'b', 'c', 'd'];
    // when / then
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps the target and ignores a source out of range', () => {
    // given
    const list = ['a', 'b', 'c'];
    // when / then
    expect(moveItem(list, 0, 10)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, -4)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 5, 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('moveUp and moveDown', () => {
  it('swap with the neighbour, and do nothing at the ends', () => {
    // given
    const list = ['a', 'b', 'c'];
    // when / then
    expect(moveUp(list, 1)).toEqual(['b', 'a', 'c']);
    expect(moveDown(list, 1)).toEqual(['a', 'c', 'b']);
    expect(moveUp(list, 0)).toEqual(['a', 'b', 'c']);
    expect(moveDown(list, 2)).toEqual(['a', 'b', 'c']);
  });
});

describe('moving modules, lessons and steps', () => {
  it('reorders modules (drag from 0 to 2)', () => {
    // when
    const sut = moveModule(aContent(), 0, 2);
    // then
    expect(sut.modules.map((m) => m.key)).toEqual(['m2', 'm3', 'm1']);
  });

  it('reorders lessons within their module only', () => {
    // when
    const sut = moveLesson(aContent(), 'm1', 1, 0);
    // then
    expect(sut.modules[0]?.lessons.map((l) => l.key)).toEqual(['l2', 'l1']);
    expect(sut.modules[1]?.lessons.map((l) => l.key)).toEqual(['l3']);
  });

  it('reorders steps within their lesson only, keeping their keys', () => {
    // when
    const sut = moveStep(aContent(), 'l1', 2, 0);
    // then
    expect(sut.modules[0]?.lessons[0]?.steps.map((s) => s.key)).toEqual(['s3', 's1', 's2']);
    expect(sut.modules[0]?.lessons[1]?.steps.map((s) => s.key)).toEqual(['s4']);
  });

  it('removes an item wherever it is', () => {
    // when
    const sut = removeItem(removeItem(aContent(), 's2'), 'm2');
    // then
    expect(sut.modules.map((m) => m.key)).toEqual(['m1', 'm3']);
    expect(sut.modules[0]?.lessons[0]?.steps.map((s) => s.key)).toEqual(['s1', 's3']);
  });
});

describe('quiz right answers', () => {
  const quiz: QuizStep = {
    key: 'q',
    type: 'quiz',
    passThreshold: 80,
    questions: [
      {
        key: 'q1',
        prompt: 'Où ?',
        multiple: false,
        choices: [
          { key: 'a', text: 'A', correct: true, feedback: 'Oui' },
          { key: 'b', text: 'B', correct: false, feedback: 'Non' },
        ],
      },
    ],
  };

  it('keeps one right answer on a single-choice question', () => {
    // when
    const sut = setChoiceCorrect(quiz, 0, 1, true);
    // then
    expect(sut.questions[0]?.choices.map((c) => c.correct)).toEqual([false, true]);
  });

  it('allows several right answers when the question says so', () => {
    // given
    const multiple: QuizStep = { ...quiz, questions: quiz.questions.map((q) => ({ ...q, multiple: true })) };
    // when
    const sut = setChoiceCorrect(multiple, 0, 1, true);
    // then
    expect(sut.questions[0]?.choices.map((c) => c.correct)).toEqual([true, true]);
  });
});

describe('withoutBlankOptionals', () => {
  it('leaves out empty optional texts', () => {
    // given
    const content = aContent();
    const step = { key: 'p', type: 'practice' as const, title: 'T', instruction: 'Faites', helpText: '  ' };
    content.modules[0]?.lessons[0]?.steps.push(step);
    // when
    const sut = withoutBlankOptionals(content);
    // then
    const cleaned = sut.modules[0]?.lessons[0]?.steps[3];
    expect(cleaned).toEqual({
      key: 'p',
      type: 'practice',
      title: 'T',
      instruction: 'Faites',
      helpText: undefined,
    });
  });
});
