import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aPeoplePage, aPerson } from '../../testing/fixtures';
import { SEARCH_DEBOUNCE_MS } from '../shared/ui/paged-list';
import { PeopleListPageComponent } from './people-list-page.component';

const PEOPLE_URL = '/api/people';

describe('PeopleListPageComponent', () => {
  let fixture: ComponentFixture<PeopleListPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function pendingPeopleRequest(): TestRequest {
    return httpMock.expectOne((request) => request.url === PEOPLE_URL);
  }

  async function render(inputs: { acrossCentres?: boolean } = {}): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [PeopleListPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PeopleListPageComponent);
    fixture.componentRef.setInput('acrossCentres', inputs.acrossCentres ?? false);
    TestBed.tick();
  }

  async function respond(request: TestRequest, body: Parameters<TestRequest['flush']>[0]): Promise<void> {
    request.flush(body);
    await fixture.whenStable();
  }

  function typeSearch(text: string): void {
    const input = el().querySelector<HTMLInputElement>('#people-search');
    if (!input) throw new Error('search box not found');
    input.value = text;
    input.dispatchEvent(new Event('input'));
  }

  afterEach(() => httpMock.verify());

  it('loads the first page of active people and shows them in a table with their count', async () => {
    // given
    await render();
    const request = pendingPeopleRequest();
    // when
    await respond(request, aPeoplePage([aPerson({ firstName: 'Jeanne', lastName: 'Dupont' })], { total: 1 }));
    // then
    expect(request.request.params.get('status')).toBe('active');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.has('q')).toBe(false);
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Personnes');
    expect(el().querySelector('.results-status')?.textContent).toContain('1 personne trouvée');
    const link = el().querySelector<HTMLAnchorElement>('tbody th a');
    expect(link?.textContent?.trim()).toBe('Jeanne Dupont');
    expect(el().querySelector('th[scope="col"]')).not.toBeNull();
    expect(el().querySelector('caption')).not.toBeNull();
  });

  it('searches with the typed text once typing pauses, back on page 1', async () => {
    // given
    await render();
    await respond(pendingPeopleRequest(), aPeoplePage([aPerson()], { total: 45 }));
    // when
    typeSearch('dupo');
    typeSearch('dupont');
    TestBed.tick();
    // then: nothing is sent while typing
    httpMock.expectNone((request) => request.url === PEOPLE_URL);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    TestBed.tick();
    const request = pendingPeopleRequest();
    expect(request.request.params.get('q')).toBe('dupont');
    expect(request.request.params.get('page')).toBe('1');
    await respond(request, aPeoplePage([], { total: 0 }));
    expect(el().textContent).toContain('Aucune personne trouvée');
  });

  it('asks for the next page from the pagination', async () => {
    // given
    await render();
    await respond(pendingPeopleRequest(), aPeoplePage([aPerson()], { total: 45 }));
    const next = [...el().querySelectorAll<HTMLButtonElement>('nav button')].find(
      (button) => button.textContent?.trim() === 'Page suivante',
    );
    expect(el().textContent).toContain('Page 1 sur 3');
    // when
    next?.click();
    TestBed.tick();
    // then
    const request = pendingPeopleRequest();
    expect(request.request.params.get('page')).toBe('2');
    await respond(request, aPeoplePage([aPerson()], { total: 45, page: 2 }));
    expect(el().textContent).toContain('Page 2 sur 3');
  });

  it('filters on a role', async () => {
    // given
    await render();
    await respond(pendingPeopleRequest(), aPeoplePage([aPerson()]));
    const select = el().querySelector<HTMLSelectElement>('#people-role');
    // when
    if (select) {
      select.value = 'volunteer';
      select.dispatchEvent(new Event('change'));
    }
    TestBed.tick();
    // then
    const request = pendingPeopleRequest();
    expect(request.request.params.get('role')).toBe('volunteer');
    request.flush(aPeoplePage([]));
  });

  it('offers a centre filter and column across centres', async () => {
    // given
    await render({ acrossCentres: true });
    httpMock.expectOne('/api/centres').flush([
      {
        id: 'c1',
        federationId: 'f',
        name: 'Centre des Lilas',
        town: 'Lyon',
        postcode: '69003',
        counts: { seniors: 1, volunteers: 1, coordinators: 1 },
      },
    ]);
    await respond(pendingPeopleRequest(), aPeoplePage([aPerson({ centreName: 'Centre des Lilas' })]));
    const select = el().querySelector<HTMLSelectElement>('#people-centre');
    expect(select).not.toBeNull();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Personnes de tous les centres');
    // when
    if (select) {
      select.value = 'c1';
      select.dispatchEvent(new Event('change'));
    }
    TestBed.tick();
    // then
    const request = pendingPeopleRequest();
    expect(request.request.params.get('centreId')).toBe('c1');
    request.flush(aPeoplePage([]));
  });

  it('says so when the list cannot be loaded', async () => {
    // given
    await render();
    // when
    pendingPeopleRequest().flush(
      { code: 'forbidden', message: 'Forbidden' },
      { status: 403, statusText: 'Forbidden' },
    );
    await fixture.whenStable();
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'Vous n’avez pas accès à cette page.',
    );
  });
});
