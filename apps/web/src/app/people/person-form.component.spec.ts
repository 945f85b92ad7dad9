import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { UiError } from '../shared/errors/error-message';
import { PersonFormComponent, type PersonFormSubmit } from './person-form.component';

describe('PersonFormComponent', () => {
  let fixture: ComponentFixture<PersonFormComponent>;
  let submitted: PersonFormSubmit[];

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function fill(selector: string, value: string): void {
    const input = el().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!input) throw new Error(`${selector} not found`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function chooseRole(role: string): void {
    el().querySelector<HTMLInputElement>(`#person-role-${role}`)?.click();
  }

  async function render(serverError: UiError | null = null): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [PersonFormComponent] });
    fixture = TestBed.createComponent(PersonFormComponent);
    fixture.componentRef.setInput('mode', 'create');
    fixture.componentRef.setInput('submitLabel', 'personCreate.submit');
    fixture.componentRef.setInput('serverError', serverError);
    submitted = [];
    fixture.componentInstance.submitted.subscribe((event) => submitted.push(event));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('sends a valid new senior, with empty optional fields as null', async () => {
    // given
    await render();
    fill('#person-firstName', ' Jeanne ');
    fill('#person-lastName', 'Dupont');
    fill('#person-birthYear', '1944');
    // when
    await submit();
    // then
    expect(submitted).toEqual([
      {
        mode: 'create',
        body: expect.objectContaining({
          role: 'senior',
          firstName: 'Jeanne',
          lastName: 'Dupont',
          birthYear: 1944,
          email: null,
          town: null,
        }),
      },
    ]);
  });

  it('asks for a password only for people who sign in', async () => {
    // given
    await render();
    expect(el().querySelector('#person-password')).toBeNull();
    // when
    chooseRole('volunteer');
    await fixture.whenStable();
    // then
    expect(el().querySelector('label[for="person-password"]')?.textContent).toContain('Mot de passe initial');
  });

  it('shows client-side problems next to their fields and does not submit', async () => {
    // given
    await render();
    fill('#person-birthYear', '44');
    // when
    await submit();
    // then
    expect(submitted).toEqual([]);
    expect(el().querySelector('#person-firstName-error')?.textContent).toContain('Indiquez le prénom.');
    expect(el().querySelector('#person-birthYear-error')?.textContent).toContain('entre 1900 et 2100');
    expect(el().querySelector('#person-firstName')?.getAttribute('aria-describedby')).toBe(
      'person-firstName-error',
    );
    expect(el().querySelector('#person-birthYear')?.getAttribute('aria-describedby')).toBe(
      'person-birthYear-hint person-birthYear-error',
    );
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Il y a un problème');
  });

  it('requires an e-mail when a password is given', async () => {
    // given
    await render();
    chooseRole('coordinator');
    await fixture.whenStable();
    fill('#person-firstName', 'Paul');
    fill('#person-lastName', 'Durand');
    fill('#person-password', 'a-long-password');
    // when
    await submit();
    // then
    expect(submitted).toEqual([]);
    expect(el().querySelector('#person-email-error')?.textContent).toContain('nécessaire pour se connecter');
  });

  it('shows the API field errors next to the fields', async () => {
    // given / when
    await render({
      code: 'email_taken',
      status: 409,
      messageKey: 'error.email_taken',
      fieldErrors: [{ path: 'email', code: 'email_taken', message: 'taken' }],
    });
    // then
    expect(el().querySelector('#person-email-error')?.textContent).toContain(
      'Cette adresse e-mail est déjà utilisée.',
    );
    expect(el().querySelector('#person-email')?.getAttribute('aria-invalid')).toBe('true');
  });
});
