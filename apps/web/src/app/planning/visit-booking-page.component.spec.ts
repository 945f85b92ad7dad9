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
      const items = req.request.params.get('role') === 'senior' ? [GISELE] : [CAMILLE];
      req.flush({ items, total: items.length, page: 1, pageSize: 100 });
    }
    TestBed.tick();
    httpMock.expectOne(`/api/volunteers/${CAMILLE.id}/eligibility`).flush({
      volunteerId: CAMILLE.id,
      eligible: true,
      active: true,
      charterSigned: true,
      missingTrainings: [],
    });
    httpMock.expectOne('/api/courses').flush([]);
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

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
          travel: 'same_town',
          slots: [
            { startsAt: '2026-12-08T15:00:00.000Z', endsAt: '2026-12-08T16:00:00.000Z' },
            { startsAt: '2026-12-08T15:30:00.000Z', endsAt: '2026-12-08T16:30:00.000Z' },
          ],
        },
      ],
    } satisfies VisitSuggestions);
    await fixture.whenStable();
    expect(el().textContent).toContain('Même commune');
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
