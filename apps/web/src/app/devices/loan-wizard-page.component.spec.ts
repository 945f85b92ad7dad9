import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aDevice, aDevicePage, aLoan, anAgreement } from '../../testing/device-fixtures';
import { aPeoplePage, aPerson } from '../../testing/fixtures';
import { drawSignature, fakeCanvas } from '../../testing/signature';
import { todayInParis } from './device-labels';
import { LoanWizardPageComponent } from './loan-wizard-page.component';
import { addMonths } from './loan-wizard';

describe('LoanWizardPageComponent', () => {
  let fixture: ComponentFixture<LoanWizardPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(name: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function heading(): string {
    return el().querySelector('#loan-step-heading')?.textContent?.trim() ?? '';
  }

  function labelled(text: string): HTMLInputElement {
    const label = [...el().querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
    const input = label && el().querySelector<HTMLInputElement>(`#${label.htmlFor}`);
    if (!input) throw new Error(`No field labelled "${text}"`);
    return input;
  }

  /** Renders and lets pending answers arrive (whenStable would wait for the requests left open). */
  async function settle(): Promise<void> {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  async function click(name: string): Promise<void> {
    button(name).click();
    await settle();
  }

  async function tick(input: HTMLInputElement): Promise<void> {
    input.click();
    await settle();
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  beforeEach(async () => {
    fakeCanvas();
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoanWizardPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoanWizardPageComponent);
    await settle();
  });

  afterEach(() => {
    httpMock.verify();
    jest.restoreAllMocks();
  });

  async function chooseSenior(senior = aPerson({ firstName: 'Jeanne', lastName: 'Dupont' })) {
    const search = httpMock.expectOne((r) => r.url === '/api/people');
    expect(search.request.params.get('role')).toBe('senior');
    search.flush(aPeoplePage([senior]));
    await settle();
    await tick(labelled('Jeanne Dupont'));
    await click('Continuer');
    return senior;
  }

  async function chooseDevice(
    device = aDevice({ kind: 'tablet', model: 'Facilotab', assetTag: 'LIL-0042' }),
  ) {
    const search = httpMock.expectOne((r) => r.url === '/api/devices');
    expect(search.request.params.get('status')).toBe('in_stock');
    search.flush(aDevicePage([device]));
    httpMock.expectOne('/api/campaigns').flush([]);
    await settle();
    await tick(labelled('LIL-0042'));
    await click('Continuer');
    return device;
  }

  it('shows the step, its number and moves the focus to its heading', async () => {
    // given: the first step
    expect(el().textContent).toContain('Étape 1 sur 5');
    expect(heading()).toBe('Qui reçoit le matériel ?');
    // when
    await chooseSenior();
    // then
    expect(el().textContent).toContain('Étape 2 sur 5');
    expect(heading()).toBe('Quels appareils ?');
    expect(document.activeElement?.id).toBe('loan-step-heading');
    expect(el().querySelector('[role="status"]')?.textContent).toContain('Étape 2 sur 5 : Quels appareils ?');
    expect(el().querySelector('[aria-current="step"]')?.textContent).toContain('Quels appareils ?');
    httpMock.match(() => true).forEach((r) => r.flush([]));
  });

  it('asks for a recipient before going on', async () => {
    // given
    httpMock.expectOne((r) => r.url === '/api/people').flush(aPeoplePage([]));
    await settle();
    // when
    await click('Continuer');
    // then
    expect(heading()).toBe('Qui reçoit le matériel ?');
    expect(el().querySelector('#loan-error-summary')?.textContent).toContain(
      'Choisissez la personne ou le foyer qui reçoit le matériel.',
    );
  });

  it('searches households when "Un foyer" is chosen, and drops pairing from the steps', async () => {
    // given
    httpMock.expectOne((r) => r.url === '/api/people').flush(aPeoplePage([]));
    await settle();
    // when
    await tick(labelled('Un foyer'));
    // then
    const households = httpMock.expectOne((r) => r.url === '/api/households');
    households.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();
    expect(el().textContent).toContain('Étape 1 sur 4');
    expect(labelled('Rechercher un foyer')).toBeTruthy();
  });

  it('lends a tablet to a senior, has the agreement signed and shows the pairing code', async () => {
    // given
    const senior = await chooseSenior();
    const device = await chooseDevice();
    // when: the checklist
    expect(heading()).toBe('Remise du matériel');
    expect(labelled('Chargeur').checked).toBe(true);
    expect(labelled('Housse').checked).toBe(true);
    expect(labelled('Stylet').checked).toBe(false);
    await tick(labelled('Testé devant la personne'));
    await click('Enregistrer le prêt');
    const loan = aLoan({ deviceId: device.id, assetTag: 'LIL-0042', deviceKind: 'tablet' });
    const save = httpMock.expectOne('/api/loans');
    // then
    expect(save.request.method).toBe('POST');
    expect(save.request.body).toEqual({
      personId: senior.id,
      deviceIds: [device.id],
      kind: 'loan',
      dueOn: addMonths(todayInParis(), 3),
      handover: { accessories: ['charger', 'case'], testedWorking: true },
    });
    save.flush([loan], { status: 201, statusText: 'Created' });
    await settle();

    // when: the agreement
    expect(heading()).toBe('Signature de la convention');
    httpMock
      .expectOne(`/api/kits/${loan.kitId}/agreement`)
      .flush(anAgreement({ kitId: loan.kitId, id: null, signed: false, signerName: null, signedAt: null }));
    await settle();
    expect(labelled('Nom de la personne qui signe').value).toBe('Jeanne Dupont');
    await tick(labelled('J’ai lu / on m’a lu la convention et je l’accepte'));
    drawSignature(el().querySelector('canvas') as HTMLCanvasElement);
    await click('Signer la convention');
    const sign = httpMock.expectOne(`/api/kits/${loan.kitId}/agreement`);
    expect(sign.request.body).toEqual({
      signerName: 'Jeanne Dupont',
      signature: expect.stringMatching(/^data:image\/png;base64,/),
      accepted: true,
    });
    sign.flush(anAgreement({ kitId: loan.kitId }), { status: 201, statusText: 'Created' });
    await settle();
    expect(button('Télécharger la convention signée (PDF)')).toBeTruthy();

    // when: pairing
    await click('Continuer');
    expect(heading()).toBe('Associer la tablette');
    await click('Afficher le code d’association');
    httpMock.expectOne(`/api/loans/${loan.id}/pairing-code`).flush({
      code: '123456',
      pairingUrl: '/tablette?code=123456',
      expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    });
    await settle();
    // then
    expect(el().querySelector('[data-testid="pairing-code"]')?.textContent?.trim()).toBe('123456');
    expect(el().textContent).toContain('Ce code est valable encore');
    expect(button('Nouveau code')).toBeTruthy();

    // when: finished
    await click('Terminer');
    expect(heading()).toBe('C’est terminé');
    expect(el().textContent).toContain('Le matériel est prêté à Jeanne Dupont.');
    expect(el().querySelector('a[href$="/' + device.id + '"]')?.textContent).toContain(
      'Facilotab (LIL-0042)',
    );
  });

  it('says a device was taken meanwhile, and lets the person go back', async () => {
    // given
    await chooseSenior();
    await chooseDevice();
    // when
    await click('Enregistrer le prêt');
    httpMock
      .expectOne('/api/loans')
      .flush(
        { code: 'device_unavailable', message: 'L’appareil LIL-0042 n’est pas disponible.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    // then
    expect(el().querySelector('#loan-error-summary')?.textContent).toContain(
      'Un appareil n’est plus disponible',
    );
    await click('Étape précédente');
    expect(heading()).toBe('Quels appareils ?');
    httpMock.expectOne((r) => r.url === '/api/devices').flush(aDevicePage([]));
    httpMock.match('/api/campaigns').forEach((r) => r.flush([]));
  });

  it('refuses a due date that is not after today', async () => {
    // given
    await chooseSenior();
    httpMock
      .expectOne((r) => r.url === '/api/devices')
      .flush(aDevicePage([aDevice({ assetTag: 'LIL-0042' })]));
    httpMock.expectOne('/api/campaigns').flush([]);
    await settle();
    await tick(labelled('LIL-0042'));
    // when
    await type(labelled('Date de retour prévue'), todayInParis());
    await click('Continuer');
    // then
    expect(heading()).toBe('Quels appareils ?');
    expect(el().querySelector('#loan-dueOn-error')?.textContent).toContain(
      'Indiquez une date de retour après aujourd’hui.',
    );
  });
});
