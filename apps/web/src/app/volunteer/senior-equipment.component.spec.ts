import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { aLoan } from '../../testing/device-fixtures';
import { fakeCanvas } from '../../testing/signature';
import { SeniorEquipmentComponent, groupKits } from './senior-equipment.component';

const SENIOR_ID = '00000000-0000-4000-8000-000000000042';
const KIT_ID = '20000000-0000-4000-8000-000000000777';

describe('SeniorEquipmentComponent', () => {
  let fixture: ComponentFixture<SeniorEquipmentComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(name: string): HTMLButtonElement | undefined {
    return [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  }

  async function settle(): Promise<void> {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  beforeEach(async () => {
    fakeCanvas();
    TestBed.configureTestingModule({
      imports: [SeniorEquipmentComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SeniorEquipmentComponent);
    fixture.componentRef.setInput('seniorId', SENIOR_ID);
    await settle();
  });

  afterEach(() => {
    httpMock.verify();
    jest.restoreAllMocks();
  });

  it('lists the senior’s active loans by kit, with the agreement and pairing actions', async () => {
    // given
    const request = httpMock.expectOne((r) => r.url === '/api/loans');
    expect(request.request.params.get('personId')).toBe(SENIOR_ID);
    expect(request.request.params.get('status')).toBe('active');
    // when
    request.flush([
      aLoan({ kitId: KIT_ID, deviceKind: 'tablet', assetTag: 'LIL-0042' }),
      aLoan({
        kitId: KIT_ID,
        deviceKind: 'internet_connection',
        deviceModel: 'Clé 4G',
        assetTag: 'LIL-0043',
      }),
    ]);
    await settle();
    // then
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Matériel prêté');
    expect(el().querySelectorAll('h3')).toHaveLength(1);
    expect(el().textContent).toContain('Clé 4G');
    expect(el().textContent).toContain('Convention pas encore signée.');
    expect(button('Faire signer la convention')?.getAttribute('aria-expanded')).toBe('false');
    expect(button('Associer la tablette')).toBeTruthy();
  });

  it('opens the agreement to sign for the kit', async () => {
    // given
    httpMock.expectOne((r) => r.url === '/api/loans').flush([aLoan({ kitId: KIT_ID })]);
    await settle();
    // when
    button('Faire signer la convention')?.click();
    await settle();
    // then
    expect(button('Faire signer la convention')?.getAttribute('aria-expanded')).toBe('true');
    httpMock.expectOne(`/api/kits/${KIT_ID}/agreement`);
  });

  it('says when nothing is lent', async () => {
    // given / when
    httpMock.expectOne((r) => r.url === '/api/loans').flush([]);
    await settle();
    // then
    expect(el().textContent).toContain('Aucun matériel prêté en ce moment.');
  });

  it('offers no pairing for a signed kit without tablet', () => {
    // given
    const loans = [
      aLoan({ kitId: KIT_ID, deviceKind: 'computer', agreementId: 'a0000000-0000-4000-8000-000000000001' }),
    ];
    // when
    const [sut] = groupKits(loans, SENIOR_ID);
    // then
    expect(sut).toMatchObject({ kitId: KIT_ID, signed: true, pairLoanId: null });
    httpMock.expectOne((r) => r.url === '/api/loans').flush([]);
  });
});
