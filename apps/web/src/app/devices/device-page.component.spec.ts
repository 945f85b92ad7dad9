import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Device, DeviceLearning } from '@passerelle/contracts';
import { aDeviceEvent, aLentDevice, aLoan, anAgreement } from '../../testing/device-fixtures';
import { DevicePageComponent } from './device-page.component';

describe('DevicePageComponent', () => {
  let fixture: ComponentFixture<DevicePageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function section(heading: string): HTMLElement | null {
    const h2 = [...el().querySelectorAll('h2')].find((h) => h.textContent?.trim() === heading);
    return h2?.closest('section') ?? null;
  }

  function button(text: string): HTMLButtonElement | undefined {
    return [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  }

  async function open(device: Device, learning?: DeviceLearning): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DevicePageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DevicePageComponent);
    fixture.componentRef.setInput('id', device.id);
    TestBed.tick();
    httpMock.expectOne(`/api/devices/${device.id}`).flush(device);
    httpMock.expectOne(`/api/devices/${device.id}/history`).flush([
      aDeviceEvent({ type: 'created', byName: 'Camille Martin' }),
      aDeviceEvent({
        type: 'lent',
        fromStatus: 'in_stock',
        toStatus: 'on_loan',
        details: { recipientName: 'Jeanne Dupont' },
      }),
    ]);
    httpMock
      .expectOne((r) => r.url === '/api/loans' && r.params.get('deviceId') === device.id)
      .flush([
        aLoan({ deviceId: device.id, recipientName: 'Jeanne Dupont', returnedAt: null }),
        aLoan({
          deviceId: device.id,
          recipientName: 'Paul Martin',
          personId: null,
          householdId: '00000000-0000-4000-8000-000000000777',
          startedOn: '2025-10-01',
          returnedAt: '2026-01-05T10:00:00.000Z',
          returnIssues: ['missing:charger', 'personal_data_not_wiped'],
        }),
      ]);
    httpMock
      .expectOne((r) => r.url === '/api/agreements' && r.params.get('deviceId') === device.id)
      .flush([
        anAgreement({ signerName: 'Jeanne Dupont' }),
        anAgreement({ id: null, signed: false, signedAt: null }),
      ]);
    // The learning section asks for its data once the device is on screen.
    TestBed.tick();
    await Promise.resolve();
    TestBed.tick();
    httpMock
      .expectOne(`/api/devices/${device.id}/learning`)
      .flush(learning ?? { deviceId: device.id, periods: [] });
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('shows the device, who has it and since when, and the late return', async () => {
    // given
    const device = aLentDevice({ assetTag: 'LIL-0042' }, { startedOn: '2026-03-01', dueOn: '2020-06-01' });
    // when
    await open(device);
    // then
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Appareil LIL-0042');
    const loan = section('Prêt en cours');
    expect(loan?.textContent).toContain('Jeanne Dupont');
    expect(loan?.textContent).toContain('1 mars 2026');
    expect(loan?.textContent).toMatch(/En retard de \d+ jours/);
    expect(loan?.querySelector('a.button')?.textContent?.trim()).toBe('Enregistrer le retour');
    expect(button('Prolonger')).toBeDefined();
    expect(button('Imprimer l’étiquette')).toBeDefined();
    expect(section('Informations')?.textContent).toContain('Chargeur, Housse');
  });

  it('tells the story of the device and its loans, with what was missing at return', async () => {
    // when
    await open(aLentDevice());
    // then
    const history = section('Historique');
    expect(history?.textContent).toContain('Ajouté à l’inventaire');
    expect(history?.textContent).toContain('par Camille Martin');
    expect(history?.textContent).toContain('Prêté à Jeanne Dupont');
    const loans = section('Prêts');
    expect(loans?.querySelector('caption')).not.toBeNull();
    expect(loans?.textContent).toContain('Paul Martin');
    expect(loans?.textContent).toContain('Chargeur manquant');
    expect(loans?.textContent).toContain('Données personnelles non effacées');
    const agreements = section('Conventions signées');
    expect(agreements?.querySelectorAll('li')).toHaveLength(1);
    expect(agreements?.textContent).toContain('Signée par Jeanne Dupont le 1 mars 2026');
  });

  it('shows what was learned on the device, loan period by loan period', async () => {
    // given
    const device = aLentDevice();
    // when
    await open(device, {
      deviceId: device.id,
      periods: [
        {
          loanId: 'l1',
          personId: 'p1',
          personName: 'Jeanne Dupont',
          startedOn: '2026-03-01',
          returnedAt: null,
          recordCount: 12,
          lastActivityAt: '2026-03-10T14:05:00.000Z',
          courses: [{ courseId: 'c1', title: 'Ma tablette', stepsDone: 4, stepCount: 10, completed: false }],
          recent: [
            {
              id: 'r1',
              at: '2026-03-10T14:05:00.000Z',
              verb: 'completed',
              courseTitle: 'Ma tablette',
              stepTitle: 'Allumer',
            },
          ],
        },
      ],
    });
    // then
    const learning = section('Apprentissage sur cet appareil');
    expect(learning?.querySelector('h3')?.textContent).toContain('Jeanne Dupont, depuis le 1 mars 2026');
    expect(learning?.textContent).toContain('12');
    expect(learning?.textContent).toContain('4 étapes faites sur 10');
    expect(learning?.textContent).toContain('A terminé : Ma tablette › Allumer');
  });

  it('extends the loan to a later date and says until when', async () => {
    // given
    const device = aLentDevice({}, { dueOn: '2026-06-01' });
    await open(device);
    button('Prolonger')?.click();
    await fixture.whenStable();
    const input = el().querySelector<HTMLInputElement>('#device-extend-dueOn');
    expect(el().querySelector('label[for="device-extend-dueOn"]')?.textContent).toContain(
      'Nouvelle date de retour',
    );
    // when
    if (input) input.value = '2026-09-01';
    input?.dispatchEvent(new Event('input'));
    button('Prolonger le prêt')?.click();
    const request = httpMock.expectOne(`/api/loans/${device.currentLoan?.id}/extend`);
    request.flush([aLoan({ deviceId: device.id, dueOn: '2026-09-01' })]);
    TestBed.tick();
    // the device, its history and its loans are read again
    httpMock.expectOne(`/api/devices/${device.id}`).flush(device);
    httpMock.expectOne(`/api/devices/${device.id}/history`).flush([]);
    httpMock.expectOne((r) => r.url === '/api/loans').flush([]);
    await fixture.whenStable();
    // then
    expect(request.request.body).toEqual({ dueOn: '2026-09-01' });
    expect(el().querySelector('[role="status"]')?.textContent).toContain(
      'Le prêt est prolongé jusqu’au 1 septembre 2026.',
    );
  });
});
