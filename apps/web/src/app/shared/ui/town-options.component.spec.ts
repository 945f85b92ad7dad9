import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TOWN_SEARCH_DELAY_MS, TownOptionsComponent } from './town-options.component';

describe('TownOptionsComponent', () => {
  let fixture: ComponentFixture<TownOptionsComponent>;
  let httpMock: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      imports: [TownOptionsComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TownOptionsComponent);
    fixture.componentRef.setInput('listId', 'town-options');
  });
  afterEach(() => {
    jest.useRealTimers();
    httpMock.verify();
  });

  const typeAndWait = (typed: string) => {
    fixture.componentRef.setInput('typed', typed);
    TestBed.tick();
    jest.advanceTimersByTime(TOWN_SEARCH_DELAY_MS);
  };

  it('offers the matching towns once typing pauses, and asks once for several keystrokes', () => {
    fixture.componentRef.setInput('typed', 'Ro');
    TestBed.tick();
    typeAndWait('Rou');
    httpMock
      .expectOne((r) => r.url === '/api/places' && r.params.get('q') === 'Rou')
      .flush({ places: [{ name: 'Roubaix', department: '59' }], known: false });
    TestBed.tick();
    const options = [...el().querySelectorAll('datalist#town-options option')];
    expect(options.map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['Roubaix', 'Roubaix (59)'],
    ]);
    expect(el().querySelector('.town-options__note')?.textContent?.trim()).toBe('');
  });

  it('says when no known town starts with what was typed, and stays quiet for one letter', () => {
    typeAndWait('Lile-Moulin');
    httpMock.expectOne((r) => r.url === '/api/places').flush({ places: [], known: false });
    TestBed.tick();
    expect(el().querySelector('.town-options__note')?.textContent).toContain(
      'Aucune commune connue ne commence par « Lile-Moulin »',
    );
    typeAndWait('L');
    httpMock.expectNone((r) => r.url === '/api/places');
    TestBed.tick();
    expect(el().querySelector('.town-options__note')?.textContent?.trim()).toBe('');
  });
});
