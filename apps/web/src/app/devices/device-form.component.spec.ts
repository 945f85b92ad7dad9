import { HttpErrorResponse } from '@angular/common/http';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { aDevice, aLentDevice } from '../../testing/device-fixtures';
import { toUiError } from '../shared/errors/error-message';
import { DeviceFormComponent, type DeviceFormSubmit } from './device-form.component';

describe('DeviceFormComponent', () => {
  let fixture: ComponentFixture<DeviceFormComponent>;
  let emitted: DeviceFormSubmit[];

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function render(inputs: Record<string, unknown>): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [DeviceFormComponent] });
    fixture = TestBed.createComponent(DeviceFormComponent);
    fixture.componentRef.setInput('submitLabel', 'deviceCreate.submit');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    emitted = [];
    fixture.componentInstance.submitted.subscribe((event) => emitted.push(event));
    await fixture.whenStable();
  }

  function type(id: string, value: string): void {
    const input = el().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!input) throw new Error(`${id} not found`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function label(text: string): HTMLLabelElement | undefined {
    return [...el().querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  }

  async function submit(): Promise<void> {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('labels every field in French', async () => {
    // given
    await render({ mode: 'create' });
    // then
    for (const text of [
      'Type d’appareil',
      'Modèle',
      'Numéro de série ou IMEI',
      'Numéro d’inventaire',
      'Financeur',
      'État',
      'Notes',
      'Chargeur',
      'Câble',
      'Housse',
      'Stylet',
      'Carte SIM',
      'Boîte',
    ]) {
      expect(label(text)).toBeDefined();
    }
    expect(el().querySelector('legend')?.textContent).toContain('Accessoires fournis');
    expect(el().querySelector('#device-status')).toBeNull();
  });

  it('sends a new device with its accessories, an empty asset tag left to the server', async () => {
    // given
    await render({ mode: 'create' });
    type('device-model', 'Facilotab');
    type('device-serialNumber', 'SN-1');
    type('device-fundingSource', 'CARSAT');
    label('Chargeur')?.click();
    label('Housse')?.click();
    // when
    await submit();
    // then
    expect(emitted).toEqual([
      {
        mode: 'create',
        body: {
          kind: 'tablet',
          model: 'Facilotab',
          serialNumber: 'SN-1',
          fundingSource: 'CARSAT',
          accessories: ['charger', 'case'],
          condition: 'good',
          notes: null,
        },
      },
    ]);
  });

  it('explains what to correct before sending, linked from a summary', async () => {
    // given
    await render({ mode: 'create' });
    type('device-assetTag', 'lil 42!');
    // when
    await submit();
    // then
    expect(emitted).toEqual([]);
    const summary = el().querySelector('.error-summary');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(summary?.textContent).toContain('Indiquez le modèle');
    expect(summary?.textContent).toContain('Le numéro d’inventaire doit compter de 2 à 30 caractères');
    expect(el().querySelector('#device-model')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the API’s field errors next to their fields, and a taken asset tag next to it', async () => {
    // given
    await render({ mode: 'create' });
    // when
    fixture.componentRef.setInput(
      'serverError',
      toUiError(
        new HttpErrorResponse({
          status: 400,
          error: {
            code: 'validation_failed',
            message: 'Invalid',
            errors: [{ path: 'fundingSource', code: 'too_big', message: 'Too long' }],
          },
        }),
      ),
    );
    await fixture.whenStable();
    // then
    expect(el().querySelector('#device-fundingSource-error')?.textContent).toContain(
      'Le nom du financeur est trop long',
    );
    // when
    fixture.componentRef.setInput(
      'serverError',
      toUiError(new HttpErrorResponse({ status: 409, error: { code: 'asset_tag_taken', message: 'Taken' } })),
    );
    await fixture.whenStable();
    // then
    expect(el().querySelector('#device-assetTag-error')?.textContent).toContain(
      'Ce numéro d’inventaire ou ce numéro de série est déjà utilisé.',
    );
  });

  it('lets a device in stock be sent to repair', async () => {
    // given
    await render({ mode: 'edit', device: aDevice({ status: 'in_stock' }) });
    const select = el().querySelector<HTMLSelectElement>('#device-status');
    const options = [...(select?.options ?? [])].map((o) => o.textContent?.trim());
    expect(options).toEqual(['En stock', 'En réparation', 'Perdu', 'Réformé']);
    // when
    if (select) select.value = 'in_repair';
    select?.dispatchEvent(new Event('change'));
    await submit();
    // then
    expect(emitted[0]).toMatchObject({ mode: 'edit', body: { status: 'in_repair', model: 'Facilotab' } });
  });

  it('does not offer the status of a lent device, and does not send it', async () => {
    // given
    await render({ mode: 'edit', device: aLentDevice() });
    // then
    expect(el().querySelector('select#device-status')).toBeNull();
    expect(el().textContent).toContain('Cet appareil est prêté ou donné');
    // when
    await submit();
    // then
    expect(emitted[0]?.mode).toBe('edit');
    expect(emitted[0]?.body).not.toHaveProperty('status');
  });
});
