import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PersonRef, VisitSuggestions } from '@passerelle/contracts';
import { VisitBookingPageComponent } from './visit-booking-page.component';

const GISELE: PersonRef = {
  id: '11111111-1111-4111-8111-111111111111',
  firstName: 'Gisèle',
  lastName: 'Vandamme',
};
const CAMILLE: PersonRef = {
  id: '22222222-2222-4222-8222-222222222222',
  firstName: 'Camille',
  lastName: 'Dubois',
};
const LILLE = '33333333-3333-4333-8333-333333333333';
const THOMAS: PersonRef = {
  id: '44444444-4444-4444-8444-444444444444',
  firstName: 'Thomas',
  lastName: 'Lefebvre',
};

describe('VisitBookingPageComponent suggestions', () => {
  let fixture: ComponentFixture<VisitBookingPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(text: string): HTMLButtonElement | undefined {
    return [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  }

  async function open(): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [VisitBookingPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitBookingPageComponent);
    fixture.componentRef.setInput('senior', GISELE.id);
    TestBed.tick();
    for (const req of httpMock.match((r) => r.url === '/api/people')) {
      const people = req.request.params.get('role') === 'senior' ? [GISELE] : [CAMILLE, THOMAS];
      const items = people.map((p) => ({ ...p, centreId: LILLE }));
      req.flush({ items, total: items.length, page: 1, pageSize: 100 });
    }
    TestBed.tick();
    // one request for the whole centre, not one per volunteer
    httpMock.expectOne(`/api/centres/${LILLE}/volunteer-eligibility`).flush({
      centreId: LILLE,
      volunteers: [
        { volunteerId: CAMILLE.id, eligible: true, active: true, charterSigned: true, missingTrainings: [] },
        {
          volunteerId: THOMAS.id,
          eligible: false,
          active: true,
          charterSigned: true,
          missingTrainings: [{ courseId: GISELE.id, title: 'Limites du rôle et données personnelles' }],
        },
      ],
    });
    httpMock.expectOne('/api/courses').flush([]);
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('asks for the standing of the centre’s volunteers once and groups them', async () => {
    await open();
    const groups = [...el().querySelectorAll<HTMLOptGroupElement>('#booking-volunteer optgroup')];
    expect(groups.map((g) => [g.label, g.querySelectorAll('option').length])).toEqual([
      ['Peuvent faire des visites', 1],
      ['Ne peuvent pas encore', 1],
    ]);
    expect(groups[1]?.textContent).toContain('« Limites du rôle et données personnelles »');
  });

  it('fills the volunteer, date and start time from a suggested slot', async () => {
    // given
    await open();
    expect(el().querySelector('#booking-suggestions-title')?.textContent?.trim()).toBe('Suggestions');
    // when
    button('Proposer des créneaux')?.click();
    TestBed.tick();
    const req = httpMock.expectOne((r) => r.url === '/api/visits/suggestions');
    expect(req.request.params.get('seniorId')).toBe(GISELE.id);
    expect(req.request.params.get('durationMinutes')).toBe('60');
    req.flush({
      suggestions: [
        {
          volunteer: CAMILLE,
          estimate: { fromTown: 'Roubaix', toTown: 'Lille', distanceKm: 13.4, minutes: 28, mode: 'car' },
          coversTown: true,
          coaches: false,
          maxVisitsPerWeek: 3,
          slots: [
            { startsAt: '2026-12-08T15:00:00.000Z', endsAt: '2026-12-08T16:00:00.000Z' },
            { startsAt: '2026-12-08T15:30:00.000Z', endsAt: '2026-12-08T16:30:00.000Z' },
          ],
        },
      ],
    } satisfies VisitSuggestions);
    await fixture.whenStable();
    const facts = [...el().querySelectorAll('.planning-suggestion-facts li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(facts).toEqual([
      'Trajet estimé depuis Roubaix : 13,4 km, environ 28 min en voiture',
      'Couvre la commune du senior',
      'Au plus 3 visite(s) par semaine : les semaines complètes sont écartées',
    ]);
    button('Camille Dubois — mardi 8 décembre, 16:00')?.click();
    TestBed.tick();
    httpMock
      .expectOne((r) => r.url === `/api/volunteers/${CAMILLE.id}/slots`)
      .flush({
        volunteerId: CAMILLE.id,
        from: '2026-12-07',
        to: '2026-12-13',
        slots: [],
      });
    await fixture.whenStable();
    // then
    expect(el().querySelector<HTMLSelectElement>('#booking-volunteer')?.value).toBe(CAMILLE.id);
    expect(el().querySelector<HTMLInputElement>('#booking-date')?.value).toBe('2026-12-08');
    expect(el().querySelector<HTMLInputElement>('#booking-time')?.value).toBe('16:00');
    expect(button('Camille Dubois — mardi 8 décembre, 16:00')?.getAttribute('aria-pressed')).toBe('true');
  });
});
