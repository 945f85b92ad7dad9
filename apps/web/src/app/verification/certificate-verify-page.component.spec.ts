import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aValidVerification } from '../../testing/learning-fixtures';
import { CertificateVerifyPageComponent } from './certificate-verify-page.component';

describe('CertificateVerifyPageComponent', () => {
  let harness: RouterTestingHarness;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  async function open(url: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'verifier', component: CertificateVerifyPageComponent },
            { path: 'verifier/:code', component: CertificateVerifyPageComponent },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
  }

  afterEach(() => httpMock.verify());

  it('shows a genuine attestation with its holder, course, centre, date, duration and competences', async () => {
    // given
    await open('/verifier/pa-7k2m9q');
    // when
    httpMock.expectOne('/api/certificates/verify/PA-7K2M9Q').flush(aValidVerification());
    await harness.fixture.whenStable();
    // then
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Attestation valide');
    const text = el().querySelector('.verify-result')?.textContent ?? '';
    expect(text).toContain('Lucie Bernard');
    expect(text).toContain('Accompagner sans faire à la place');
    expect(text).toContain('Centre social des Lilas');
    expect(text).toContain('12 mars 2026');
    expect(text).toContain('1 h 30');
    expect(text).toContain('2.1 — Interagir');
  });

  it('says plainly when no attestation matches the code', async () => {
    // given
    await open('/verifier/PA-000000');
    // when
    httpMock.expectOne('/api/certificates/verify/PA-000000').flush({ valid: false, certificate: null });
    await harness.fixture.whenStable();
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'Aucune attestation ne correspond à ce code.',
    );
    expect(el().textContent).not.toContain('Attestation valide');
  });

  it('answers at once, without asking the server, for a code that cannot exist', async () => {
    // given / when
    await open('/verifier/a%20b');
    await harness.fixture.whenStable();
    // then
    httpMock.expectNone((request) => request.url.startsWith('/api/certificates/verify'));
    expect(el().textContent).toContain('Aucune attestation ne correspond à ce code.');
  });

  it('checks the typed code from the form, through a shareable address', async () => {
    // given
    await open('/verifier');
    const input = el().querySelector<HTMLInputElement>('#verify-code');
    if (!input) throw new Error('code field not found');
    // when
    input.value = ' pa-7k2m9q ';
    input.dispatchEvent(new Event('input'));
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    // (not whenStable: the verification request keeps the app busy until answered)
    await new Promise((resolve) => setTimeout(resolve, 0));
    // then
    expect(TestBed.inject(Router).url).toBe('/verifier/PA-7K2M9Q');
    httpMock.expectOne('/api/certificates/verify/PA-7K2M9Q').flush(aValidVerification());
    await harness.fixture.whenStable();
    expect(el().textContent).toContain('Attestation valide');
  });

  it('asks for a code when the field is empty', async () => {
    // given
    await open('/verifier');
    // when
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
    // then
    expect(el().querySelector('.field__error')?.textContent).toContain('Saisissez le code de l’attestation.');
    expect(TestBed.inject(Router).url).toBe('/verifier');
  });
});
