import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { QuizFeedback } from '@passerelle/contracts';
import { aQuizStep } from '../../../../testing/learning-fixtures';
import type { LearningEvent } from '../learning-event';
import { QuizStepComponent } from './quiz-step.component';

const FEEDBACK: QuizFeedback = {
  score: 50,
  passed: false,
  questions: [
    {
      key: 'q-banque',
      correct: true,
      choices: [
        {
          key: 'repondre',
          correct: false,
          selected: false,
          feedback: 'Une banque ne demande jamais votre code.',
        },
        { key: 'ignorer', correct: true, selected: true, feedback: 'Oui : appelez le numéro habituel.' },
      ],
    },
    {
      key: 'q-signes',
      correct: false,
      choices: [
        { key: 'urgence', correct: true, selected: true, feedback: 'L’urgence est un piège classique.' },
        { key: 'fautes', correct: true, selected: false, feedback: 'Les fautes sont un indice.' },
        { key: 'prenom', correct: false, selected: false, feedback: 'Votre prénom peut être connu.' },
      ],
    },
  ],
};

describe('QuizStepComponent', () => {
  let fixture: ComponentFixture<QuizStepComponent>;
  let events: LearningEvent[];

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function choice(label: string): HTMLInputElement {
    const found = [...el().querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
    const input = found ? el().querySelector<HTMLInputElement>(`#${found.htmlFor}`) : null;
    if (!input) throw new Error(`choice not found: ${label}`);
    return input;
  }

  function button(name: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`button not found: ${name}`);
    return found;
  }

  async function render(): Promise<void> {
    localStorage.clear();
    fixture = TestBed.createComponent(QuizStepComponent);
    fixture.componentRef.setInput('step', aQuizStep());
    events = [];
    fixture.componentInstance.learn.subscribe((event) => events.push(event));
    await fixture.whenStable();
  }

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await fixture.whenStable();
  }

  it('shows each question as a group, with radios for one answer and checkboxes for several', async () => {
    // given / when
    await render();
    // then
    const legends = [...el().querySelectorAll('fieldset legend')].map((l) => l.textContent?.trim());
    expect(legends).toEqual([
      '1. Votre banque vous demande votre code par e-mail. Que faites-vous ?',
      '2. Quels signes doivent vous alerter ?',
    ]);
    expect(choice('Je réponds avec mon code').type).toBe('radio');
    expect(choice('Le message contient des fautes').type).toBe('checkbox');
  });

  it('sends the ticked choices of every question, keyed by question', async () => {
    // given
    await render();
    await click(choice('Je réponds avec mon code'));
    await click(choice('Je ne réponds pas et j’appelle ma banque'));
    await click(choice('On vous presse d’agir tout de suite'));
    await click(choice('Le message contient des fautes'));
    // when
    await click(button('Valider mes réponses'));
    // then
    expect(events).toEqual([
      {
        verb: 'answered',
        stepKey: 'quiz-arnaques',
        response: { 'q-banque': ['ignorer'], 'q-signes': ['urgence', 'fautes'] },
      },
    ]);
    expect(el().textContent).toContain('Vos réponses sont enregistrées');
  });

  it('asks for an answer to every question before sending', async () => {
    // given
    await render();
    await click(choice('Je ne réponds pas et j’appelle ma banque'));
    // when
    await click(button('Valider mes réponses'));
    // then
    expect(events).toEqual([]);
    expect(el().querySelector('.field__error')?.textContent).toContain('Choisissez au moins une réponse.');
  });

  it('shows the explanation of every choice, the score and the result, then lets the learner try again', async () => {
    // given
    await render();
    await click(choice('Je ne réponds pas et j’appelle ma banque'));
    await click(choice('On vous presse d’agir tout de suite'));
    await click(button('Valider mes réponses'));
    // when the correction arrives
    fixture.componentRef.setInput('feedback', FEEDBACK);
    await fixture.whenStable();
    // then
    const feedbacks = [...el().querySelectorAll('.quiz__feedback')].map((p) => p.textContent ?? '');
    expect(feedbacks).toHaveLength(5);
    expect(feedbacks[0]).toContain('Une banque ne demande jamais votre code.');
    expect(feedbacks[3]).toContain('Réponse non choisie : c’est une bonne réponse.');
    expect(feedbacks[3]).toContain('Les fautes sont un indice.');
    expect(el().textContent).toContain('Votre score : 50 %');
    expect(el().textContent).toContain('il faut 100 % de bonnes réponses');
    expect(choice('Je réponds avec mon code').disabled).toBe(true);
    // when
    await click(button('Réessayer'));
    // then
    expect(el().querySelectorAll('.quiz__feedback')).toHaveLength(0);
    expect(choice('Je réponds avec mon code').disabled).toBe(false);
    expect(choice('On vous presse d’agir tout de suite').checked).toBe(false);
    expect(button('Valider mes réponses')).toBeTruthy();
  });
});
