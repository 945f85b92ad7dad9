import { ChangeDetectionStrategy, Component, signal, viewChild } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { TranslationKey } from '../i18n/fr';
import { ErrorSummaryComponent, type ErrorSummaryItem } from './error-summary.component';

@Component({
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-error-summary titleId="t-error-title" [formError]="formError()" [errors]="errors()" />
    <input id="t-email" type="email" />
    <fieldset id="t-role">
      <input type="radio" id="t-role-senior" name="role" />
      <input type="radio" id="t-role-volunteer" name="role" checked />
    </fieldset>
  `,
})
class HostComponent {
  readonly summary = viewChild.required(ErrorSummaryComponent);
  readonly formError = signal<TranslationKey | null>(null);
  readonly errors = signal<ErrorSummaryItem[]>([
    { key: 'person.error.email', fieldId: 't-email' },
    { text: 'Plain words' },
  ]);
}

describe('ErrorSummaryComponent', () => {
  let fixture: ComponentFixture<HostComponent>;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function links(): HTMLAnchorElement[] {
    return [...el().querySelectorAll<HTMLAnchorElement>('.error-summary__list a')];
  }

  async function render(): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
    fixture = TestBed.createComponent(HostComponent);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
  }

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  it('is an alert named by its heading that lists every error', async () => {
    // given / when
    await render();
    // then
    const sut = el().querySelector('pa-error-summary');
    expect(sut?.classList).toContain('error-summary');
    expect(sut?.getAttribute('role')).toBe('alert');
    expect(sut?.getAttribute('tabindex')).toBe('-1');
    expect(sut?.getAttribute('aria-labelledby')).toBe('t-error-title');
    expect(el().querySelector('h2#t-error-title')?.textContent?.trim()).toBe('Il y a un problème');
    const items = [...el().querySelectorAll('.error-summary__list li')].map((li) => li.textContent?.trim());
    expect(items).toEqual(['Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.', 'Plain words']);
  });

  it('links each error to its field by id and leaves a line without field as text', async () => {
    // given / when
    await render();
    // then
    expect(links()).toHaveLength(1);
    expect(links()[0]?.getAttribute('href')).toBe('#t-email');
  });

  it('focuses the field on click instead of following the link', async () => {
    // given
    await render();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    // when
    links()[0]?.dispatchEvent(click);
    // then
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('t-email');
  });

  it('focuses the chosen option of a group linked by its fieldset', async () => {
    // given
    await render();
    fixture.componentInstance.errors.set([{ key: 'person.error.role', fieldId: 't-role' }]);
    await fixture.whenStable();
    // when
    links()[0]?.click();
    // then
    expect(links()[0]?.getAttribute('href')).toBe('#t-role');
    expect(document.activeElement?.id).toBe('t-role-volunteer');
  });

  it('lists the form-wide error first, without a link, and takes focus when asked', async () => {
    // given
    await render();
    fixture.componentInstance.formError.set('error.network');
    await fixture.whenStable();
    // when
    fixture.componentInstance.summary().focus();
    // then
    const first = el().querySelector('.error-summary__list li');
    expect(first?.querySelector('a')).toBeNull();
    expect(first?.textContent?.trim()).toBe(
      'Le serveur ne répond pas. Vérifiez votre connexion à Internet puis réessayez.',
    );
    expect(document.activeElement?.tagName).toBe('PA-ERROR-SUMMARY');
  });
});
