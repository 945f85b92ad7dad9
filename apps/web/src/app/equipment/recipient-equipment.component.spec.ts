import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Agreement, Loan } from '@passerelle/contracts';
import { LILAS_CENTRE_ID } from '../../testing/equipment-fixtures';
import { RecipientEquipmentComponent } from './recipient-equipment.component';

const PERSON_ID = '00000000-0000-4000-8000-000000000777';
const DEVICE_ID = 'd0000000-0000-4000-8000-000000000001';
const AGREEMENT_ID = 'e0000000-0000-4000-8000-000000000001';

function aLoan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: 'f0000000-0000-4000-8000-000000000001',
    kitId: 'b0000000-0000-4000-8000-000000000001',
    centreId: LILAS_CENTRE_ID,
    deviceId: DEVICE_ID,
    assetTag: 'LIL-0042',
    deviceKind: 'tablet',
    deviceModel: 'Facilotab',
    personId: PERSON_ID,
    householdId: null,
    recipientName: 'Jeanne Dupont',
    campaignId: null,
    kind: 'loan',
    startedOn: '2026-01-05',
    dueOn: '2026-02-05',
    returnedAt: null,
    overdue: true,
    returnIssues: [],
    handover: null,
    agreementId: AGREEMENT_ID,
    paired: false,
    ...overrides,
  };
}

function anAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: AGREEMENT_ID,
    kitId: 'b0000000-0000-4000-8000-000000000001',
    centreId: LILAS_CENTRE_ID,
    recipientName: 'Jeanne Dupont',
    title: 'Convention de prêt de matériel',
    text: 'Le centre prête…',
    templateVersion: 3,
    signed: true,
    signerName: 'Jeanne Dupont',
    signedAt: '2026-01-05T10:00:00.000Z',
    witnessName: 'Camille Martin',
    assetTags: ['LIL-0042'],
    ...overrides,
  };
}

describe('RecipientEquipmentComponent', () => {
  let fixture: ComponentFixture<RecipientEquipmentComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RecipientEquipmentComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RecipientEquipmentComponent);
    fixture.componentRef.setInput('recipient', { personId: PERSON_ID });
    fixture.componentRef.setInput('name', 'Jeanne Dupont');
    TestBed.tick();
    const loans = httpMock.expectOne((r) => r.url === '/api/loans');
    expect(loans.request.params.get('status')).toBe('all');
    expect(loans.request.params.get('personId')).toBe(PERSON_ID);
    loans.flush([aLoan()]);
    const agreements = httpMock.expectOne((r) => r.url === '/api/agreements');
    expect(agreements.request.params.get('personId')).toBe(PERSON_ID);
    agreements.flush([anAgreement(), anAgreement({ id: null, signed: false, title: 'Non signée' })]);
    await fixture.whenStable();
  });

  afterEach(() => httpMock.verify());

  it('lists what the person received, with a link to each device and the delay in words', () => {
    // then
    expect(el().querySelector('h2')?.textContent).toContain('Matériel et conventions');
    const link = el().querySelector<HTMLAnchorElement>('tbody th a');
    expect(link?.textContent).toBe('LIL-0042');
    expect(link?.getAttribute('href')).toBe(`/appareils/${DEVICE_ID}`);
    const cells = [...el().querySelectorAll('tbody td')].map((td) =>
      td.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      'Tablette',
      'Facilotab',
      'Prêt',
      '5 janvier 2026',
      '5 février 2026 En retard',
      'Pas encore rendu',
    ]);
  });

  it('offers the signed agreements only, and downloads the PDF', async () => {
    // given
    const createObjectURL = jest.fn(() => 'blob:agreement');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const buttons = [...el().querySelectorAll('button')].filter((b) =>
      b.textContent?.includes('Télécharger la convention (PDF)'),
    );
    expect(buttons.length).toBe(1);
    expect(el().textContent).toContain('Signée le 5 janvier 2026 par Jeanne Dupont');
    // when
    buttons[0]?.click();
    httpMock.expectOne(`/api/agreements/${AGREEMENT_ID}/pdf`).flush(new Blob(['%PDF']));
    await fixture.whenStable();
    // then
    expect(createObjectURL).toHaveBeenCalled();
  });
});
