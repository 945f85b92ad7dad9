import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { TranslationKey } from '../i18n/fr';
import { FORM_FIELD } from './form-field.component';

@Component({
  imports: [FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-field fieldId="p-email" label="person.field.email" optional [hint]="hint()" [error]="error()">
      <input paFieldControl class="input" type="email" />
    </pa-field>
    <pa-fieldset fieldId="p-role" label="person.field.role" focusable [error]="error()">
      <input type="radio" id="p-role-senior" name="role" />
      <label for="p-role-senior">Senior</label>
    </pa-fieldset>
  `,
})
class HostComponent {
  readonly hint = signal<TranslationKey | null>('person.hint.email');
  readonly error = signal<TranslationKey | null>(null);
}

describe('FormFieldComponent', () => {
  let fixture: ComponentFixture<HostComponent>;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(): HTMLInputElement {
    const sut = el().querySelector<HTMLInputElement>('pa-field input');
    if (!sut) throw new Error('no control');
    return sut;
  }

  async function render(): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
  }

  async function set(changes: {
    hint?: TranslationKey | null;
    error?: TranslationKey | null;
  }): Promise<void> {
    if (changes.hint !== undefined) fixture.componentInstance.hint.set(changes.hint);
    if (changes.error !== undefined) fixture.componentInstance.error.set(changes.error);
    await fixture.whenStable();
  }

  it('labels the projected control and points it at its hint', async () => {
    // given / when
    await render();
    // then
    const label = el().querySelector('label.field__label');
    expect(input().id).toBe('p-email');
    expect(label?.getAttribute('for')).toBe('p-email');
    expect(label?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Adresse e-mail (facultatif)');
    expect(el().querySelector('#p-email-hint')?.classList).toContain('field__hint');
    expect(input().getAttribute('aria-describedby')).toBe('p-email-hint');
    expect(input().hasAttribute('aria-invalid')).toBe(false);
    expect(el().querySelector('pa-field')?.className).toBe('field');
  });

  it('shows the error and wires it to the control', async () => {
    // given
    await render();
    // when
    await set({ error: 'person.error.email' });
    // then
    expect(el().querySelector('#p-email-error')?.classList).toContain('field__error');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe('p-email-hint p-email-error');
    expect(el().querySelector('pa-field')?.classList).toContain('field--invalid');
  });

  it('leaves aria-describedby out when there is neither hint nor error', async () => {
    // given
    await render();
    // when
    await set({ hint: null });
    // then
    expect(el().querySelector('.field__hint')).toBeNull();
    expect(input().hasAttribute('aria-describedby')).toBe(false);
  });

  it('describes a fieldset by its error and lets the summary focus it', async () => {
    // given
    await render();
    // when
    await set({ error: 'person.error.role' });
    // then
    const fieldset = el().querySelector('fieldset');
    expect(fieldset?.id).toBe('p-role');
    expect(fieldset?.getAttribute('tabindex')).toBe('-1');
    expect(fieldset?.className).toContain('field fieldset');
    expect(fieldset?.classList).toContain('field--invalid');
    expect(fieldset?.getAttribute('aria-describedby')).toBe('p-role-error');
    expect(fieldset?.querySelector('legend.field__label')?.textContent?.trim()).toBe('Rôle');
  });
});
