import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aVisit } from '../../../testing/visit-fixtures';
import { formatVisitDay } from '../../shared/visits/visit-time';
import { MyVisitsPageComponent } from './my-visits-page.component';

const HOUR = 3_600_000;

function at(offsetHours: number): string {
  return new Date(Math.floor(Date.now() / HOUR) * HOUR + offsetHours * HOUR).toISOString();
}

describe('MyVisitsPageComponent', () => {
  let fixture: ComponentFixture<MyVisitsPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => httpMock.verify());

  it('lists upcoming visits by day, then past ones with a "Rapport à faire" badge', async () => {
    // given
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MyVisitsPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyVisitsPageComponent);
    TestBed.tick();
    const next = aVisit({ id: 'next', startsAt: at(48), endsAt: at(49) });
    const past = aVisit({
      id: 'past',
      senior: { id: 'p', firstName: 'Paul', lastName: 'Durand' },
      startsAt: at(-49),
      endsAt: at(-48),
    });
    // when
    const request = httpMock.expectOne((r) => r.url === '/api/me/visits');
    expect(request.request.params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    request.flush([past, next]);
    await fixture.whenStable();
    // then
    const headings = [...el().querySelectorAll('h2, h3')].map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'À venir',
      formatVisitDay(next.startsAt, 'fr'),
      'Visites passées',
      'S’abonner à mon agenda',
    ]);
    // the calendar subscription says since when it is live (the address is shown only once)
    httpMock
      .expectOne('/api/me/calendar-feed')
      .flush({ kind: 'volunteer', active: true, createdAt: '2026-11-02T10:00:00.000Z' });
    await fixture.whenStable();
    expect(el().textContent).toContain('Votre agenda est abonné depuis le lundi 2 novembre.');
    expect([...el().querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain(
      'Changer d’adresse',
    );
    const links = [...el().querySelectorAll<HTMLAnchorElement>('.visit-card__link')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/next', '/past']);
    expect(links[1]?.closest('li')?.textContent).toContain('Rapport à faire');
    expect(links[0]?.closest('li')?.textContent).not.toContain('Rapport à faire');
  });
});
