import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aMe, aTokenPair } from '../../testing/fixtures';
import { authInterceptor } from '../shared/auth/auth.interceptor';
import { AuthService } from '../shared/auth/auth.service';
import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent', () => {
  let fixture: ComponentFixture<LoginPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function fill(selector: string, value: string): void {
    const input = el().querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`${selector} not found`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(): void {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  async function render(retour?: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPageComponent);
    if (retour) fixture.componentRef.setInput('retour', retour);
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('has labelled fields with autocomplete hints', async () => {
    // given / when
    await render();
    // then
    const email = el().querySelector<HTMLInputElement>('#login-email');
    const password = el().querySelector<HTMLInputElement>('#login-password');
    expect(el().querySelector('label[for="login-email"]')?.textContent?.trim()).toBe('Adresse e-mail');
    expect(el().querySelector('label[for="login-password"]')?.textContent?.trim()).toBe('Mot de passe');
    expect(email?.getAttribute('autocomplete')).toBe('username');
    expect(password?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('shows the API error in an alert when the credentials are refused', async () => {
    // given
    await render();
    fill('#login-email', 'Camille.Martin@Example.fr ');
    fill('#login-password', 'wrong-password');
    // when
    submit();
    const request = httpMock.expectOne('/api/auth/login');
    request.flush(
      { code: 'invalid_credentials', message: 'Invalid credentials' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    // then
    expect(request.request.body).toEqual({ email: 'camille.martin@example.fr', password: 'wrong-password' });
    const alert = el().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Adresse e-mail ou mot de passe incorrect.');
    expect(el().querySelector<HTMLInputElement>('#login-password')?.value).toBe('');
  });

  it('explains a lock-out after too many attempts', async () => {
    // given
    await render();
    fill('#login-email', 'camille@example.fr');
    fill('#login-password', 'secret');
    // when
    submit();
    httpMock
      .expectOne('/api/auth/login')
      .flush(
        { code: 'too_many_requests', message: 'Slow down' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await fixture.whenStable();
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Trop de tentatives');
  });

  it('points at the empty fields without calling the API', async () => {
    // given
    await render();
    // when
    submit();
    await fixture.whenStable();
    // then
    httpMock.expectNone('/api/auth/login');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Indiquez votre adresse e-mail.');
    expect(el().querySelector('#login-email')?.getAttribute('aria-describedby')).toBe('login-email-error');
    expect(el().querySelector('#login-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(el().querySelector('#login-password-error')?.textContent).toContain(
      'Indiquez votre mot de passe.',
    );
  });

  it('shows the password on request', async () => {
    // given
    await render();
    const toggle = [...el().querySelectorAll<HTMLButtonElement>('button[type="button"]')].find(
      (button) => button.textContent?.trim() === 'Afficher le mot de passe',
    );
    // when
    toggle?.click();
    await fixture.whenStable();
    // then
    expect(el().querySelector('#login-password')?.getAttribute('type')).toBe('text');
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
  });

  it('signs in and opens the area of the person', async () => {
    // given
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fill('#login-email', 'benevole@example.fr');
    fill('#login-password', 'correct-password');
    // when
    submit();
    httpMock.expectOne('/api/auth/login').flush(aTokenPair({ user: aMe({ role: 'volunteer' }) }));
    await fixture.whenStable();
    // then
    expect(TestBed.inject(AuthService).user()?.role).toBe('volunteer');
    expect(navigate).toHaveBeenCalledWith('/benevole');
  });

  it('returns to the requested address when it belongs to the person’s area', async () => {
    // given
    await render('/coordination/personnes');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fill('#login-email', 'coord@example.fr');
    fill('#login-password', 'correct-password');
    // when
    submit();
    httpMock.expectOne('/api/auth/login').flush(aTokenPair({ user: aMe({ role: 'coordinator' }) }));
    await fixture.whenStable();
    // then
    expect(navigate).toHaveBeenCalledWith('/coordination/personnes');
  });
});
