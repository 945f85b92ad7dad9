import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NextVisit } from '@passerelle/contracts';
import { SeniorHomePageComponent } from './senior-home-page.component';

describe('SeniorHomePageComponent', () => {
  let fixture: ComponentFixture<SeniorHomePageComponent>;
  let httpMock: HttpTestingController;

  async function open(next: NextVisit): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SeniorHomePageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SeniorHomePageComponent);
    TestBed.tick();
    httpMock.expectOne('/api/me/next-visit').flush(next);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => httpMock.verify());

  it('says in plain words who comes and when', async () => {
    // when
    const el = await open({
      visit: {
        id: '77777777-7777-4777-8777-777777777777',
        startsAt: '2026-12-01T13:00:00.000Z',
        endsAt: '2026-12-01T14:00:00.000Z',
        place: 'home',
        placeNote: null,
        volunteerFirstName: 'Camille',
      },
    });
    // then
    expect(el.querySelector('.senior__visit-text')?.textContent?.trim()).toBe(
      'Camille vient mardi 1 décembre à 14 h.',
    );
  });

  it('says when no visit is planned', async () => {
    // when
    const el = await open({ visit: null });
    // then
    expect(el.querySelector('.senior__visit-text')?.textContent?.trim()).toBe(
      'Aucune visite n’est prévue pour le moment.',
    );
  });
});
