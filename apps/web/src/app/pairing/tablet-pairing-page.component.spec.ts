import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aMe, aTokenPair } from '../../testing/fixtures';
import { authInterceptor } from '../shared/auth/auth.interceptor';
import { AuthService, DEVICE_CREDENTIAL_STORAGE_KEY, SESSION_STORAGE_KEY } from '../shared/auth/auth.service';
import { TabletPairingPageComponent, normalizePairingCode } from './tablet-pairing-page.component';

const SENIOR = aMe({ role: 'senior', firstName: 'Jeanne', lastName: 'Dupont', email: null });
const CREDENTIAL = 'device-credential-0123456789abcdef';

describe('TabletPairingPageComponent', () => {
  let fixture: ComponentFixture<TabletPairingPageComponent>;
  let httpMock: HttpTestingController;
  let navigate: jest.SpyInstance;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function codeField(): HTMLInputElement {
    const input = el().querySelector<HTMLInputElement>('#tablet-code');
    if (!input) throw new Error('code field not found');
    return input;
  }

  async function settle(): Promise<void> {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  async function render(code?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [TabletPairingPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(TabletPairingPageComponent);
    if (code !== undefined) fixture.componentRef.setInput('code', code);
    await settle();
  }

  async function typeAndSubmit(value: string): Promise<void> {
    codeField().value = value;
    codeField().dispatchEvent(new Event('input'));
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  }

  function pairedAnswer() {
    return { ...aTokenPair({ user: SENIOR, accessToken: 'senior-access' }), deviceCredential: CREDENTIAL };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => httpMock.verify());

  it('asks for the code in plain words, with a large labelled field', async () => {
    // given / when
    await render();
    // then
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Associer cette tablette');
    expect(el().textContent).toContain('Tapez le code à 6 chiffres que vous montre votre bénévole.');
    expect(el().querySelector('label[for="tablet-code"]')?.textContent?.trim()).toBe('Code à 6 chiffres');
    expect(codeField().getAttribute('inputmode')).toBe('numeric');
    expect(codeField().getAttribute('autocomplete')).toBe('one-time-code');
    expect(el().querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Valider');
  });

  it('pairs with the typed code, keeps the credential and the session, then opens the senior home', async () => {
    // given
    await render();
    // when
    await typeAndSubmit('123 456');
    const pair = httpMock.expectOne('/api/auth/pair');
    pair.flush(pairedAnswer());
    await settle();
    // then
    expect(pair.request.body).toEqual({ code: '123456' });
    expect(pair.request.headers.has('Authorization')).toBe(false);
    expect(localStorage.getItem(DEVICE_CREDENTIAL_STORAGE_KEY)).toBe(CREDENTIAL);
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({
      accessToken: 'senior-access',
      user: { role: 'senior' },
    });
    expect(TestBed.inject(AuthService).user()?.firstName).toBe('Jeanne');
    expect(navigate).toHaveBeenCalledWith('/senior', { replaceUrl: true });
  });

  it('pairs at once with the code from the QR code’s address', async () => {
    // given / when
    await render('654321');
    // then
    const pair = httpMock.expectOne('/api/auth/pair');
    expect(pair.request.body).toEqual({ code: '654321' });
    pair.flush(pairedAnswer());
    await settle();
    expect(navigate).toHaveBeenCalledWith('/senior', { replaceUrl: true });
  });

  it('says a refused code is not working, without keeping anything', async () => {
    // given
    await render();
    // when
    await typeAndSubmit('111111');
    httpMock
      .expectOne('/api/auth/pair')
      .flush(
        { code: 'invalid_pairing_code', message: 'Code invalide.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Ce code ne fonctionne pas.');
    expect(codeField().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(codeField());
    expect(localStorage.getItem(DEVICE_CREDENTIAL_STORAGE_KEY)).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('checks the code has six digits before sending it', async () => {
    // given
    await render();
    // when
    await typeAndSubmit('12a4');
    // then
    httpMock.expectNone('/api/auth/pair');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Le code a 6 chiffres.');
  });

  it('keeps digits only', () => {
    expect(normalizePairingCode(' 12-34 56 78')).toBe('123456');
  });
});

describe('AuthService on a paired tablet', () => {
  let httpMock: HttpTestingController;

  function setUp(): AuthService {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    return TestBed.inject(AuthService);
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => httpMock.verify());

  it('signs in with the stored device credential when there is no session', () => {
    // given
    localStorage.setItem(DEVICE_CREDENTIAL_STORAGE_KEY, CREDENTIAL);
    const sut = setUp();
    let signedIn: unknown;
    // when
    sut.signInWithDevice().subscribe((user) => (signedIn = user));
    const request = httpMock.expectOne('/api/auth/device');
    request.flush(aTokenPair({ user: SENIOR }));
    // then
    expect(request.request.body).toEqual({ credential: CREDENTIAL });
    expect(request.request.headers.has('Authorization')).toBe(false);
    expect(signedIn).toEqual(SENIOR);
    expect(sut.user()?.role).toBe('senior');
  });

  it('forgets a refused credential (the loan was returned) and stays signed out', () => {
    // given
    localStorage.setItem(DEVICE_CREDENTIAL_STORAGE_KEY, CREDENTIAL);
    const sut = setUp();
    let signedIn: unknown = 'not yet';
    // when
    sut.signInWithDevice().subscribe((user) => (signedIn = user));
    httpMock
      .expectOne('/api/auth/device')
      .flush(
        { code: 'invalid_device_credential', message: 'Tablette non reconnue.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    // then
    expect(signedIn).toBeNull();
    expect(sut.user()).toBeNull();
    expect(localStorage.getItem(DEVICE_CREDENTIAL_STORAGE_KEY)).toBeNull();
  });

  it('keeps the credential when the server cannot be reached', () => {
    // given
    localStorage.setItem(DEVICE_CREDENTIAL_STORAGE_KEY, CREDENTIAL);
    const sut = setUp();
    // when
    sut.signInWithDevice().subscribe();
    httpMock.expectOne('/api/auth/device').error(new ProgressEvent('error'), { status: 0 });
    // then
    expect(localStorage.getItem(DEVICE_CREDENTIAL_STORAGE_KEY)).toBe(CREDENTIAL);
  });

  it('does nothing without a credential', () => {
    // given
    const sut = setUp();
    let signedIn: unknown = 'not yet';
    // when
    sut.signInWithDevice().subscribe((user) => (signedIn = user));
    // then
    httpMock.expectNone('/api/auth/device');
    expect(signedIn).toBeNull();
  });
});
