import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { Availability } from '@passerelle/contracts';
import { AvailabilityEditorComponent } from './availability-editor.component';

const VOLUNTEER_ID = '33333333-3333-4333-8333-333333333333';
const EXCEPTION_ID = '55555555-5555-4555-8555-555555555555';

function anAvailability(overrides: Partial<Availability> = {}): Availability {
  return {
    volunteerId: VOLUNTEER_ID,
    windows: [{ weekday: 2, startsAt: '14:00', endsAt: '17:00' }],
    exceptions: [{ id: EXCEPTION_ID, startsOn: '2026-12-21', endsOn: '2027-01-03', reason: 'Vacances' }],
    ...overrides,
  };
}

describe('AvailabilityEditorComponent', () => {
  let fixture: ComponentFixture<AvailabilityEditorComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(text: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`button not found: ${text}`);
    return found;
  }

  function type(selector: string, value: string): void {
    const input = el().querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (!input) throw new Error(`field not found: ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function timeInputs(): HTMLInputElement[] {
    return [...el().querySelectorAll<HTMLInputElement>('input[type="time"]')];
  }

  async function open(availability = anAvailability(), volunteerId: string | null = null): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AvailabilityEditorComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AvailabilityEditorComponent);
    fixture.componentRef.setInput('volunteerId', volunteerId);
    TestBed.tick();
    httpMock
      .expectOne(volunteerId ? `/api/volunteers/${volunteerId}/availability` : '/api/me/availability')
      .flush(availability);
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('shows the saved weekly slots and absences', async () => {
    // when
    await open();
    // then
    const day = el().querySelector<HTMLSelectElement>('select');
    expect(day?.selectedOptions[0]?.textContent?.trim()).toBe('Mardi');
    expect(timeInputs().map((i) => i.value)).toEqual(['14:00', '17:00']);
    expect(el().textContent).toContain('du 21 décembre 2026 au 3 janvier 2027 — Vacances');
  });

  it('lets a coordinator edit a volunteer’s week and absences through the volunteer’s endpoints', async () => {
    await open(anAvailability(), VOLUNTEER_ID);
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Disponibilités');
    button('Enregistrer les créneaux').click();
    await fixture.whenStable();
    const put = httpMock.expectOne(`/api/volunteers/${VOLUNTEER_ID}/availability`);
    expect(put.request.method).toBe('PUT');
    put.flush(anAvailability());
    await fixture.whenStable();
    expect(el().textContent).toContain('Créneaux enregistrés.');
    button('Supprimer l’absence du 21 décembre 2026 au 3 janvier 2027').click();
    await fixture.whenStable();
    const del = httpMock.expectOne(`/api/volunteers/${VOLUNTEER_ID}/availability/exceptions/${EXCEPTION_ID}`);
    expect(del.request.method).toBe('DELETE');
    del.flush(null);
  });

  it('adds, edits and removes rows, then replaces the whole week', async () => {
    // given
    await open();
    // when: a second slot, on the next day, then the first one removed
    button('Ajouter un créneau').click();
    await fixture.whenStable();
    const [, , secondStart] = timeInputs();
    secondStart!.value = '09:30';
    secondStart!.dispatchEvent(new Event('input'));
    button('Retirer le créneau 1').click();
    await fixture.whenStable();
    button('Enregistrer mes créneaux').click();
    await fixture.whenStable();
    // then
    const request = httpMock.expectOne('/api/me/availability');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ windows: [{ weekday: 3, startsAt: '09:30', endsAt: '17:00' }] });
    request.flush(anAvailability({ windows: [{ weekday: 3, startsAt: '09:30', endsAt: '17:00' }] }));
    await fixture.whenStable();
    expect(el().textContent).toContain('Vos créneaux sont enregistrés.');
  });

  it('refuses overlapping slots and an end before the start, without calling the API', async () => {
    // given
    await open();
    button('Ajouter un créneau').click();
    await fixture.whenStable();
    const selects = el().querySelectorAll<HTMLSelectElement>('select');
    selects[1]!.value = '2';
    selects[1]!.dispatchEvent(new Event('change'));
    const [, firstEnd, secondStart, secondEnd] = timeInputs();
    secondStart!.value = '16:00';
    secondStart!.dispatchEvent(new Event('input'));
    secondEnd!.value = '18:00';
    secondEnd!.dispatchEvent(new Event('input'));
    firstEnd!.value = '13:00';
    firstEnd!.dispatchEvent(new Event('input'));
    // when
    button('Enregistrer mes créneaux').click();
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('L’heure de fin doit suivre l’heure de début.');
    httpMock.expectNone('/api/me/availability');
    // when: the first slot ends at 17:00 again, it overlaps the second
    firstEnd!.value = '17:00';
    firstEnd!.dispatchEvent(new Event('input'));
    button('Enregistrer mes créneaux').click();
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('Ce créneau chevauche un autre créneau du même jour.');
    httpMock.expectNone('/api/me/availability');
  });

  it('adds an absence with its dates and reason, and removes one', async () => {
    // given
    await open(anAvailability({ exceptions: [] }));
    type('#exception-start', '2027-02-10');
    type('#exception-end', '2027-02-12');
    type('#exception-reason', 'Rendez-vous médical');
    // when
    button('Ajouter l’absence').click();
    await fixture.whenStable();
    // then
    const post = httpMock.expectOne('/api/me/availability/exceptions');
    expect(post.request.body).toEqual({
      startsOn: '2027-02-10',
      endsOn: '2027-02-12',
      reason: 'Rendez-vous médical',
    });
    post.flush({
      id: EXCEPTION_ID,
      startsOn: '2027-02-10',
      endsOn: '2027-02-12',
      reason: 'Rendez-vous médical',
    });
    await fixture.whenStable();
    expect(el().textContent).toContain('du 10 février 2027 au 12 février 2027');
    // when
    button('Supprimer l’absence du 10 février 2027 au 12 février 2027').click();
    await fixture.whenStable();
    // then
    const del = httpMock.expectOne(`/api/me/availability/exceptions/${EXCEPTION_ID}`);
    expect(del.request.method).toBe('DELETE');
    del.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(el().textContent).toContain('Aucune absence prévue.');
  });
});
