import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aDevice, aDevicePage, aLentDevice } from '../../testing/device-fixtures';
import { SEARCH_DEBOUNCE_MS } from '../shared/ui/paged-list';
import { DeviceListPageComponent } from './device-list-page.component';

const DEVICES_URL = '/api/devices';

describe('DeviceListPageComponent', () => {
  let fixture: ComponentFixture<DeviceListPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function pendingDevicesRequest(): TestRequest {
    return httpMock.expectOne((request) => request.url === DEVICES_URL);
  }

  function button(text: string): HTMLButtonElement | undefined {
    return [...el().querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  }

  async function render(inputs: { acrossCentres?: boolean } = {}): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DeviceListPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DeviceListPageComponent);
    fixture.componentRef.setInput('acrossCentres', inputs.acrossCentres ?? false);
    TestBed.tick();
  }

  async function respond(request: TestRequest, body: Parameters<TestRequest['flush']>[0]): Promise<void> {
    request.flush(body);
    await fixture.whenStable();
  }

  function choose(selector: string, value: string): void {
    const select = el().querySelector<HTMLSelectElement>(selector);
    if (!select) throw new Error(`${selector} not found`);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    TestBed.tick();
  }

  afterEach(() => httpMock.verify());

  it('lists the devices with their status and who has them, marking a late return', async () => {
    // given
    await render();
    const request = pendingDevicesRequest();
    // when
    await respond(
      request,
      aDevicePage([
        aDevice({ assetTag: 'LIL-0001', model: 'Facilotab' }),
        aLentDevice({ assetTag: 'LIL-0002' }, { recipientName: 'Jeanne Dupont', dueOn: '2020-01-15' }),
      ]),
    );
    // then
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.has('status')).toBe(false);
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Appareils');
    expect(el().querySelector('.results-status')?.textContent).toContain('2 appareils trouvés');
    expect(el().querySelector('caption')?.textContent).toContain('Liste des appareils, page 1');
    const rows = [...el().querySelectorAll('tbody tr')];
    expect(rows[0]?.querySelector('th a')?.textContent?.trim()).toBe('LIL-0001');
    expect(rows[0]?.textContent).toContain('Tablette');
    expect(rows[0]?.textContent).toContain('En stock');
    expect(rows[1]?.textContent).toContain('En prêt');
    expect(rows[1]?.textContent).toContain('Jeanne Dupont');
    expect(rows[1]?.textContent).toContain('En retard');
    expect(rows[1]?.textContent).toContain('retour prévu le 15 janvier 2020');
  });

  it('offers the page actions', async () => {
    // given
    await render();
    await respond(pendingDevicesRequest(), aDevicePage([]));
    // then
    const links = [...el().querySelectorAll('a')].map((a) => a.textContent?.trim());
    expect(links).toEqual(
      expect.arrayContaining(['Ajouter un appareil', 'Prêter du matériel', 'Prêts en retard']),
    );
    expect(button('Imprimer les étiquettes QR')).toBeDefined();
    expect(el().textContent).toContain('Aucun appareil trouvé');
  });

  it('searches once typing pauses, and filters on kind and status, back on page 1', async () => {
    // given
    await render();
    await respond(pendingDevicesRequest(), aDevicePage([aDevice()], { total: 45 }));
    const input = el().querySelector<HTMLInputElement>('#devices-search');
    // when
    if (input) input.value = 'carsat';
    input?.dispatchEvent(new Event('input'));
    TestBed.tick();
    httpMock.expectNone((request) => request.url === DEVICES_URL);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    TestBed.tick();
    const search = pendingDevicesRequest();
    await respond(search, aDevicePage([aDevice()]));
    choose('#devices-kind', 'smartphone');
    const byKind = pendingDevicesRequest();
    await respond(byKind, aDevicePage([]));
    choose('#devices-status', 'in_repair');
    const byStatus = pendingDevicesRequest();
    await respond(byStatus, aDevicePage([]));
    // then
    expect(search.request.params.get('q')).toBe('carsat');
    expect(byKind.request.params.get('kind')).toBe('smartphone');
    expect(byStatus.request.params.get('status')).toBe('in_repair');
    expect(byStatus.request.params.get('q')).toBe('carsat');
    expect(byStatus.request.params.get('page')).toBe('1');
  });

  it('prints the QR labels of what the filters find', async () => {
    // given
    const createObjectURL = jest.fn(() => 'blob:labels');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await render();
    await respond(pendingDevicesRequest(), aDevicePage([aDevice()]));
    choose('#devices-status', 'in_stock');
    await respond(pendingDevicesRequest(), aDevicePage([aDevice()]));
    // when
    button('Imprimer les étiquettes QR')?.click();
    const request = httpMock.expectOne((r) => r.url === '/api/devices/labels.pdf');
    await respond(request, new Blob(['%PDF']));
    // then
    expect(request.request.params.get('status')).toBe('in_stock');
    expect(request.request.params.has('page')).toBe(false);
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    expect(el().querySelector('[role="status"]')?.textContent).toContain('Les étiquettes sont téléchargées');
    click.mockRestore();
  });

  it('offers a centre filter across centres', async () => {
    // given
    await render({ acrossCentres: true });
    httpMock.expectOne('/api/centres').flush([
      {
        id: 'c1',
        federationId: 'f',
        name: 'Centre des Lilas',
        town: 'Lyon',
        postcode: '69003',
        counts: { seniors: 1, volunteers: 1, coordinators: 1 },
      },
    ]);
    await respond(pendingDevicesRequest(), aDevicePage([aDevice({ centreId: 'c1' })]));
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Appareils de tous les centres');
    expect(el().querySelector('tbody')?.textContent).toContain('Centre des Lilas');
    // when
    choose('#devices-centre', 'c1');
    // then
    const request = pendingDevicesRequest();
    expect(request.request.params.get('centreId')).toBe('c1');
    request.flush(aDevicePage([]));
  });

  it('says so when the list cannot be loaded', async () => {
    // given
    await render();
    // when
    pendingDevicesRequest().flush(
      { code: 'forbidden', message: 'Forbidden' },
      { status: 403, statusText: 'Forbidden' },
    );
    await fixture.whenStable();
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'Vous n’avez pas accès à cette page.',
    );
  });
});
