import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Device } from '@passerelle/contracts';
import { aDevice, aLentDevice, aLoan } from '../../testing/device-fixtures';
import { DeviceReturnPageComponent } from './device-return-page.component';

describe('DeviceReturnPageComponent', () => {
  let fixture: ComponentFixture<DeviceReturnPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function label(text: string): HTMLLabelElement | undefined {
    return [...el().querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  }

  async function submit(): Promise<void> {
    [...el().querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Enregistrer le retour')
      ?.click();
    await fixture.whenStable();
  }

  async function open(device: Device): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DeviceReturnPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DeviceReturnPageComponent);
    fixture.componentRef.setInput('id', device.id);
    TestBed.tick();
    httpMock.expectOne(`/api/devices/${device.id}`).flush(device);
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('asks what came back: the device’s accessories, its condition, whether data was wiped', async () => {
    // when
    await open(aLentDevice({ assetTag: 'LIL-0042', accessories: ['charger', 'case'] }));
    // then
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Enregistrer le retour');
    expect(el().textContent).toContain(
      'Appareil LIL-0042 (Facilotab), confié à Jeanne Dupont depuis le 1 mars 2026.',
    );
    const legends = [...el().querySelectorAll('legend')].map((l) => l.textContent?.trim());
    expect(legends).toEqual([
      'Accessoires rendus',
      'État de l’appareil au retour',
      'Données personnelles effacées',
    ]);
    expect(label('Chargeur')).toBeDefined();
    expect(label('Housse')).toBeDefined();
    expect(label('Stylet')).toBeUndefined();
    expect(el().querySelector<HTMLInputElement>('#return-condition-good')?.checked).toBe(true);
  });

  it('requires an answer about personal data before sending', async () => {
    // given
    await open(aLentDevice());
    // when
    await submit();
    // then
    const summary = el().querySelector('.error-summary');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(summary?.textContent).toContain('Indiquez si les données personnelles sont effacées.');
  });

  it('records the return, then warns that missing items stay visible', async () => {
    // given
    const device = aLentDevice({ assetTag: 'LIL-0042', accessories: ['charger', 'case'] });
    await open(device);
    label('Housse')?.click();
    label('Non')?.click();
    label('Abîmé')?.click();
    // when
    await submit();
    const request = httpMock.expectOne(`/api/loans/${device.currentLoan?.id}/return`);
    request.flush(
      aLoan({
        assetTag: 'LIL-0042',
        returnedAt: '2026-06-01T10:00:00.000Z',
        returnIssues: ['missing:charger', 'personal_data_not_wiped'],
      }),
    );
    TestBed.tick();
    httpMock.expectOne(`/api/devices/${device.id}`).flush(aDevice({ id: device.id, status: 'in_repair' }));
    await fixture.whenStable();
    // then
    expect(request.request.body).toEqual({
      accessoriesReturned: ['case'],
      condition: 'damaged',
      personalDataWiped: false,
      notes: null,
    });
    expect(el().querySelector('h2')?.textContent).toContain('Retour enregistré');
    expect(el().querySelector('[role="status"]')?.textContent).toContain(
      'L’appareil LIL-0042 est rendu. Son statut est maintenant « En réparation ».',
    );
    const warning = el().querySelector('[role="alert"]');
    expect(warning?.textContent).toContain('Attention : tout n’est pas en ordre');
    expect(warning?.textContent).toContain('Chargeur manquant');
    expect(warning?.textContent).toContain('Données personnelles non effacées');
    expect(document.activeElement?.id).toBe('return-done-title');
  });

  it('says so when the device is not on loan', async () => {
    // when
    await open(aDevice());
    // then
    expect(el().querySelector('form')).toBeNull();
    expect(el().textContent).toContain('Cet appareil n’est pas prêté en ce moment');
  });

  it('explains a loan already returned', async () => {
    // given
    const device = aLentDevice({ accessories: [] });
    await open(device);
    label('Oui')?.click();
    // when
    await submit();
    httpMock
      .expectOne(`/api/loans/${device.currentLoan?.id}/return`)
      .flush({ code: 'loan_already_returned', message: 'Done' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    // then
    expect(el().querySelector('.error-summary')?.textContent).toContain('Ce prêt est déjà terminé.');
  });
});
