import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LILAS_CENTRE_ID, anAgreementTemplate } from '../../testing/equipment-fixtures';
import { aMe, aTokenPair, storeSession } from '../../testing/fixtures';
import { AgreementTemplatePageComponent } from './agreement-template-page.component';

describe('AgreementTemplatePageComponent', () => {
  let fixture: ComponentFixture<AgreementTemplatePageComponent>;
  let httpMock: HttpTestingController;
  const templateUrl = `/api/centres/${LILAS_CENTRE_ID}/agreement-template`;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function field<T extends HTMLElement>(selector: string): T {
    const found = el().querySelector<T>(selector);
    if (!found) throw new Error(`${selector} not found`);
    return found;
  }

  async function type(selector: string, value: string): Promise<void> {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    field<HTMLButtonElement>('button[type="submit"]').click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    storeSession(aTokenPair({ user: aMe({ centreId: LILAS_CENTRE_ID }) }));
    TestBed.configureTestingModule({
      imports: [AgreementTemplatePageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  async function openOwnCentre(template = anAgreementTemplate()): Promise<void> {
    fixture = TestBed.createComponent(AgreementTemplatePageComponent);
    TestBed.tick();
    httpMock.expectOne(templateUrl).flush(template);
    await fixture.whenStable();
  }

  it('shows the centre’s agreement, its version and the words replaced at signature', async () => {
    // given / when
    await openOwnCentre();
    // then
    expect(el().querySelector('h1')?.textContent).toContain('Convention de prêt');
    expect(field<HTMLInputElement>('#agreement-title').value).toBe('Convention de prêt de matériel');
    expect(field<HTMLTextAreaElement>('#agreement-body').value).toContain('{{beneficiaire}}');
    expect(field('label[for="agreement-title"]').textContent).toContain('Titre de la convention');
    expect(field('label[for="agreement-body"]').textContent).toContain('Texte de la convention');
    expect(field('#agreement-version').textContent).toContain('Version 3, modifiée le 10 février 2026');
    const codes = [...el().querySelectorAll('dt code')].map((c) => c.textContent?.trim());
    expect(codes).toEqual([
      '{{beneficiaire}}',
      '{{centre}}',
      '{{nature}}',
      '{{materiel}}',
      '{{date_retour}}',
      '{{date}}',
    ]);
  });

  it('saves a new version and says so politely', async () => {
    // given
    await openOwnCentre();
    await type('#agreement-title', 'Convention de prêt');
    await type(
      '#agreement-body',
      'Je soussigné·e {{beneficiaire}} reçois {{materiel}} du centre {{centre}}.',
    );
    // when
    await save();
    const request = httpMock.expectOne(templateUrl);
    request.flush(
      anAgreementTemplate({ title: 'Convention de prêt', version: 4, updatedAt: '2026-03-01T10:00:00.000Z' }),
    );
    await fixture.whenStable();
    // then
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      title: 'Convention de prêt',
      body: 'Je soussigné·e {{beneficiaire}} reçois {{materiel}} du centre {{centre}}.',
    });
    expect(el().querySelector('[role="status"]')?.textContent).toContain(
      'La convention est enregistrée (version 4).',
    );
    expect(field('#agreement-version').textContent).toContain('Version 4');
  });

  it('refuses a text too short without sending it', async () => {
    // given
    await openOwnCentre();
    await type('#agreement-title', '  ');
    await type('#agreement-body', 'Trop court');
    // when
    await save();
    // then
    httpMock.expectNone(templateUrl);
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Il y a un problème');
    expect(field('#agreement-title-error').textContent).toContain('Indiquez le titre');
    expect(field('#agreement-body-error').textContent).toContain('entre 20 et 20 000 caractères');
    expect(field('#agreement-body').getAttribute('aria-describedby')).toBe(
      'agreement-body-hint agreement-body-error',
    );
  });

  it('shows the API’s field errors next to the fields', async () => {
    // given
    await openOwnCentre();
    // when
    await save();
    httpMock.expectOne(templateUrl).flush(
      {
        code: 'validation_failed',
        message: 'Invalid',
        errors: [{ path: 'body', code: 'too_small', message: 'x' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    // then
    expect(field('#agreement-body-error').textContent).toContain('entre 20 et 20 000 caractères');
    expect(field('#agreement-body').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks a federation admin to choose the centre first', async () => {
    // given
    fixture = TestBed.createComponent(AgreementTemplatePageComponent);
    fixture.componentRef.setInput('acrossCentres', true);
    TestBed.tick();
    httpMock.expectOne('/api/centres').flush([
      {
        id: LILAS_CENTRE_ID,
        federationId: '22222222-2222-4222-8222-222222222222',
        name: 'Centre social des Lilas',
        town: 'Lyon',
        postcode: '69003',
        counts: { seniors: 0, volunteers: 0, coordinators: 0 },
      },
    ]);
    await fixture.whenStable();
    expect(el().textContent).toContain('Choisissez le centre dont vous voulez modifier la convention.');
    // when
    const select = field<HTMLSelectElement>('#agreement-centre');
    select.value = LILAS_CENTRE_ID;
    select.dispatchEvent(new Event('change'));
    TestBed.tick();
    httpMock.expectOne(templateUrl).flush(anAgreementTemplate());
    await fixture.whenStable();
    // then
    expect(field<HTMLInputElement>('#agreement-title').value).toBe('Convention de prêt de matériel');
  });
});
