import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { LearningEvent, PracticeLearnerStep } from '../learning-event';
import { PracticeStepComponent } from './practice-step.component';

const STEP: PracticeLearnerStep = {
  key: 'ouvrir-appareil-photo',
  type: 'practice',
  title: 'Ouvrez l’appareil photo',
  instruction: 'Touchez l’icône **Appareil photo** sur l’écran d’accueil.',
  helpText: 'L’icône ressemble à un petit appareil photo gris.',
};

describe('PracticeStepComponent', () => {
  let fixture: ComponentFixture<PracticeStepComponent>;
  let events: LearningEvent[];

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(name: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`button not found: ${name}`);
    return found;
  }

  async function render(step: PracticeLearnerStep = STEP): Promise<void> {
    localStorage.clear();
    fixture = TestBed.createComponent(PracticeStepComponent);
    fixture.componentRef.setInput('step', step);
    events = [];
    fixture.componentInstance.learn.subscribe((event) => events.push(event));
    await fixture.whenStable();
  }

  it('shows the instruction, rendered from Markdown, and keeps the help hidden', async () => {
    // given / when
    await render();
    // then
    expect(el().querySelector('strong')?.textContent).toBe('Appareil photo');
    expect(el().textContent).not.toContain('petit appareil photo gris');
    expect(button('J’ai besoin d’aide').getAttribute('aria-expanded')).toBe('false');
  });

  it('reveals the help text and reports the request for help', async () => {
    // given
    await render();
    // when
    button('J’ai besoin d’aide').click();
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('L’icône ressemble à un petit appareil photo gris.');
    expect(button('J’ai besoin d’aide').getAttribute('aria-expanded')).toBe('true');
    expect(events).toEqual([{ verb: 'asked-help', stepKey: 'ouvrir-appareil-photo' }]);
  });

  it('says the volunteer will help when the step has no help text', async () => {
    // given
    await render({ ...STEP, helpText: undefined });
    // when
    button('J’ai besoin d’aide').click();
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('votre bénévole vous aidera lors de sa prochaine visite');
  });

  it('reports "Je l’ai fait" and confirms it', async () => {
    // given
    await render();
    // when
    button('Je l’ai fait').click();
    await fixture.whenStable();
    // then
    expect(events).toEqual([{ verb: 'completed', stepKey: 'ouvrir-appareil-photo' }]);
    expect(el().querySelector('[role="status"]')?.textContent).toContain('C’est noté.');
  });
});
