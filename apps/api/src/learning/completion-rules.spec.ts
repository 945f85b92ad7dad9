import type { QuizStep, Step } from '@passerelle/contracts';
import {
  deriveProgress,
  gradeQuiz,
  nextStepState,
  toLearnerContent,
  type StepState,
} from './completion-rules';
import { sampleContent } from '../../test/course-fixtures';

const quiz = sampleContent().modules[0]!.lessons[0]!.steps[1] as QuizStep;
const practice = sampleContent().modules[0]!.lessons[1]!.steps[0] as Step;
const observation = sampleContent().modules[0]!.lessons[1]!.steps[1] as Step;

describe('gradeQuiz', () => {
  it('counts a question right only when exactly the right choices are picked', () => {
    const sut = gradeQuiz(quiz, { q1: ['long'], q2: ['logo'] });
    expect(sut.questions.map((q) => q.correct)).toEqual([true, false]);
    expect(sut.score).toBe(50);
    expect(sut.passed).toBe(true);
    expect(sut.questions[1]!.choices.find((c) => c.key === 'rien')).toEqual({
      key: 'rien',
      correct: false,
      selected: false,
      feedback: 'Patientez un peu.',
    });
  });

  it('fails below the threshold, and an unanswered quiz scores 0', () => {
    expect(gradeQuiz(quiz, { q1: ['court'], q2: ['rien'] })).toMatchObject({ score: 0, passed: false });
    expect(gradeQuiz(quiz, {})).toMatchObject({ score: 0, passed: false });
  });
});

describe('nextStepState', () => {
  it('completes a quiz only when passed, keeps the best score and stays passed after a worse retry', () => {
    const failed = nextStepState(quiz, null, { verb: 'answered', feedback: gradeQuiz(quiz, {}) });
    expect(failed).toMatchObject({ status: 'failed', complete: false, attempts: 1 });
    const passed = nextStepState(quiz, failed, {
      verb: 'answered',
      feedback: gradeQuiz(quiz, { q1: ['long'], q2: ['logo', 'accueil'] }),
    });
    expect(passed).toMatchObject({ status: 'passed', complete: true, score: 100, attempts: 2 });
    const worse = nextStepState(quiz, passed, { verb: 'answered', feedback: gradeQuiz(quiz, {}) });
    expect(worse).toMatchObject({ complete: true, score: 100, attempts: 3 });
  });

  it('does not let merely seeing a quiz complete it', () => {
    expect(nextStepState(quiz, null, { verb: 'experienced' })).toBeNull();
  });

  it('completes practice on "Je l’ai fait", not on a call for help', () => {
    const help = nextStepState(practice, null, { verb: 'asked-help' });
    expect(help).toMatchObject({ status: 'needs_help', complete: false });
    const done = nextStepState(practice, help, { verb: 'completed' });
    expect(done).toMatchObject({ status: 'done', complete: true });
    expect(nextStepState(practice, done, { verb: 'asked-help' })).toMatchObject({ complete: true });
  });

  it('completes an observation only when done alone, and keeps it earned', () => {
    const withHelp = nextStepState(observation, null, { verb: 'observed', observation: 'with_help' });
    expect(withHelp).toMatchObject({ complete: false, observation: 'with_help' });
    const alone = nextStepState(observation, withHelp, { verb: 'observed', observation: 'alone' });
    expect(alone).toMatchObject({ complete: true, observation: 'alone' });
    expect(nextStepState(observation, alone, { verb: 'observed', observation: 'not_yet' })).toMatchObject({
      complete: true,
      observation: 'not_yet',
    });
  });

  it('ignores verbs that do not belong to the step type', () => {
    expect(nextStepState(practice, null, { verb: 'observed', observation: 'alone' })).toBeNull();
  });
});

describe('deriveProgress', () => {
  const complete: StepState = { status: 'seen', complete: true, score: null, attempts: 0, observation: null };

  it('is complete when every required lesson is, ignoring optional lessons', () => {
    const states = new Map(
      ['l1-texte', 'l1-quiz', 'l2-pratique', 'l2-observation'].map((k) => [k, complete]),
    );
    const sut = deriveProgress(sampleContent(), states);
    expect(sut).toMatchObject({ status: 'completed', percent: 100, resumeStepKey: 'l3-texte' });
  });

  it('is not complete while the quiz is not passed, whatever else is done', () => {
    const states = new Map(
      ['l1-texte', 'l2-pratique', 'l2-observation', 'l3-texte'].map((k) => [k, complete]),
    );
    const sut = deriveProgress(sampleContent(), states);
    expect(sut).toMatchObject({ status: 'in_progress', percent: 75, resumeStepKey: 'l1-quiz' });
    expect(sut.lessons.map((l) => l.complete)).toEqual([false, true, true]);
  });

  it('starts not started, resuming at the first step', () => {
    expect(deriveProgress(sampleContent(), new Map())).toMatchObject({
      status: 'not_started',
      percent: 0,
      resumeStepKey: 'l1-texte',
    });
  });
});

describe('toLearnerContent', () => {
  it('never sends the right answers or their feedback before the quiz is answered', () => {
    const json = JSON.stringify(toLearnerContent(sampleContent()));
    expect(json).not.toContain('"correct"');
    expect(json).not.toContain('feedback');
    expect(json).toContain('Trois secondes');
  });
});
