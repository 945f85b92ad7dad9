import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CreateHousehold } from '@passerelle/contracts';
import type { UiError } from '../shared/errors/error-message';
import { HouseholdFormComponent } from './household-form.component';

describe('HouseholdFormComponent', () => {
  let fixture: ComponentFixture<HouseholdFormComponent>;
  let submitted: CreateHousehold[];

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function fill(selector: string, value: string): void {
    const input = el().querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    if (!input) throw new Error(`${selector} not found`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function label(field: string): string | undefined {
    return el().querySelector(`label[for="household-${field}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  }

  async function render(
    options: { serverError?: UiError | null; centres?: { id: string; name: string }[] | null } = {},
  ): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HouseholdFormComponent] });
    fixture = TestBed.createComponent(HouseholdFormComponent);
    fixture.componentRef.setInput('serverError', options.serverError ?? null);
    fixture.componentRef.setInput(
      'centres',
      options.centres?.map((c) => ({
        ...c,
        federationId: '22222222-2222-4222-8222-222222222222',
        town: 'Lyon',
        postcode: '69003',
        counts: { seniors: 0, volunteers: 0, coordinators: 0 },
      })) ?? null,
    );
    submitted = [];
    fixture.componentInstance.submitted.subscribe((body) => submitted.push(body));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('labels every field in plain French', async () => {
    // given / when
    await render();
    // then
    expect(label('name')).toBe('Nom du foyer');
    expect(label('contactPhone')).toBe('Téléphone de contact (facultatif)');
    expect(label('town')).toBe('Ville (facultatif)');
    expect(label('membersCount')).toBe('Nombre de personnes (facultatif)');
    expect(label('notes')).toBe('Notes (facultatif)');
    expect(el().querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Ajouter le foyer');
    expect(el().querySelector('#household-centreId')).toBeNull();
  });

  it('sends a valid household, with empty optional fields as null', async () => {
    // given
    await render();
    fill('#household-name', ' Famille Benali ');
    fill('#household-town', 'Vaulx-en-Velin');
    fill('#household-membersCount', '5');
    // when
    await submit();
    // then
    expect(submitted).toEqual([
      {
        name: 'Famille Benali',
        contactPhone: null,
        town: 'Vaulx-en-Velin',
        membersCount: 5,
        notes: null,
      },
    ]);
  });

  it('shows client-side problems next to their fields and does not submit', async () => {
    // given
    await render();
    fill('#household-membersCount', '40');
    // when
    await submit();
    // then
    expect(submitted).toEqual([]);
    expect(el().querySelector('#household-name-error')?.textContent).toContain('Indiquez le nom du foyer');
    expect(el().querySelector('#household-membersCount-error')?.textContent).toContain('entre 1 et 30');
    expect(el().querySelector('#household-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(el().querySelector('#household-name')?.getAttribute('aria-describedby')).toBe(
      'household-name-hint household-name-error',
    );
    const summary = el().querySelector('[role="alert"]');
    expect(summary?.textContent).toContain('Il y a un problème');
    expect([...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#household-name',
      '#household-membersCount',
    ]);
  });

  it('asks a federation admin for the centre', async () => {
    // given
    await render({
      centres: [{ id: '33333333-3333-4333-8333-333333333333', name: 'Centre social des Lilas' }],
    });
    fill('#household-name', 'Famille Benali');
    // when
    await submit();
    // then
    expect(submitted).toEqual([]);
    expect(el().querySelector('#household-centreId-error')?.textContent).toContain('Choisissez un centre.');
    // when the centre is chosen
    fill('#household-centreId', '33333333-3333-4333-8333-333333333333');
    await submit();
    // then
    expect(submitted).toEqual([
      expect.objectContaining({ name: 'Famille Benali', centreId: '33333333-3333-4333-8333-333333333333' }),
    ]);
  });

  it('shows the API field errors next to the fields', async () => {
    // given / when
    await render({
      serverError: {
        code: 'validation_failed',
        status: 400,
        messageKey: 'error.validation_failed',
        fieldErrors: [{ path: 'contactPhone', code: 'too_big', message: 'Too long' }],
      },
    });
    // then
    expect(el().querySelector('#household-contactPhone-error')?.textContent).toContain(
      'Le numéro de téléphone est trop long',
    );
    expect(el().querySelector('#household-contactPhone')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('says what went wrong when the API refused without pointing at a field', async () => {
    // given / when
    await render({
      serverError: { code: 'forbidden', status: 403, messageKey: 'error.forbidden', fieldErrors: [] },
    });
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'Vous n’avez pas accès à cette page.',
    );
  });
});
