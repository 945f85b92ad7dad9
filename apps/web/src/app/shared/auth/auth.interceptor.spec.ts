import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aTokenPair, storeSession } from '../../../testing/fixtures';
import { authInterceptor } from './auth.interceptor';
import { AuthService, SESSION_STORAGE_KEY } from './auth.service';

const REFRESH_URL = '/api/auth/refresh';
const UNAUTHENTICATED = { code: 'unauthenticated', message: 'Unauthenticated' };

describe('authInterceptor', () => {
  let http: HttpClient;
  let httpMock: HttpTestingController;

  function setUp(): void {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'connexion', children: [] }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpMock = TestBed.inject(HttpTestingController);
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => httpMock.verify());

  it('adds the access token to API calls', () => {
    // given
    storeSession(aTokenPair({ accessToken: 'token-A' }));
    setUp();
    // when
    http.get('/api/centres').subscribe();
    // then
    const request = httpMock.expectOne('/api/centres');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-A');
    request.flush([]);
  });

  it('sends no token to other origins nor to the sign-in call', () => {
    // given
    storeSession(aTokenPair({ accessToken: 'token-A' }));
    setUp();
    // when
    http.get('https://tiles.example.org/map.json').subscribe();
    http.post('/api/auth/login', { email: 'a@b.fr', password: 'x' }).subscribe();
    // then
    expect(
      httpMock.expectOne('https://tiles.example.org/map.json').request.headers.has('Authorization'),
    ).toBe(false);
    expect(httpMock.expectOne('/api/auth/login').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes the session once on a 401 and replays the request with the new token', () => {
    // given
    storeSession(aTokenPair({ accessToken: 'old-token', refreshToken: 'refresh-token-old-0000' }));
    setUp();
    const received: unknown[] = [];
    // when
    http.get('/api/centres').subscribe((body) => received.push(body));
    httpMock.expectOne('/api/centres').flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });
    const refresh = httpMock.expectOne(REFRESH_URL);
    refresh.flush(aTokenPair({ accessToken: 'new-token', refreshToken: 'refresh-token-new-0000' }));
    const retried = httpMock.expectOne('/api/centres');
    retried.flush([{ id: 'c1' }]);
    // then
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-token-old-0000' });
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    expect(retried.request.headers.get('Authorization')).toBe('Bearer new-token');
    expect(received).toEqual([[{ id: 'c1' }]]);
    expect(TestBed.inject(AuthService).accessToken()).toBe('new-token');
  });

  it('shares one refresh between requests that fail at the same time', () => {
    // given
    storeSession(aTokenPair({ accessToken: 'old-token' }));
    setUp();
    http.get('/api/centres').subscribe();
    http.get('/api/people').subscribe();
    // when
    httpMock.expectOne('/api/centres').flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });
    httpMock.expectOne('/api/people').flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });
    // then
    const refreshes = httpMock.match(REFRESH_URL);
    expect(refreshes).toHaveLength(1);
    refreshes[0]?.flush(aTokenPair({ accessToken: 'new-token' }));
    const retriedCentres = httpMock.expectOne('/api/centres');
    const retriedPeople = httpMock.expectOne('/api/people');
    expect(retriedCentres.request.headers.get('Authorization')).toBe('Bearer new-token');
    expect(retriedPeople.request.headers.get('Authorization')).toBe('Bearer new-token');
    retriedCentres.flush([]);
    retriedPeople.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('does not refresh again when the replayed request is refused too', () => {
    // given
    storeSession(aTokenPair({ accessToken: 'old-token' }));
    setUp();
    let failure: unknown;
    http.get('/api/centres').subscribe({ error: (error: unknown) => (failure = error) });
    httpMock.expectOne('/api/centres').flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });
    httpMock.expectOne(REFRESH_URL).flush(aTokenPair({ accessToken: 'new-token' }));
    // when
    httpMock.expectOne('/api/centres').flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });
    // then
    httpMock.expectNone(REFRESH_URL);
    expect(failure).toBeInstanceOf(HttpErrorResponse);
  });

  it('ends the session and goes to the sign-in page when the refresh fails', () => {
    // given
    storeSession(aTokenPair({ accessToken: 'old-token' }));
    setUp();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    let failure: HttpErrorResponse | undefined;
    http.get('/api/centres').subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    // when
    httpMock.expectOne('/api/centres').flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });
    httpMock
      .expectOne(REFRESH_URL)
      .flush(
        { code: 'invalid_refresh_token', message: 'Invalid' },
        { status: 401, statusText: 'Unauthorized' },
      );
    // then
    const auth = TestBed.inject(AuthService);
    expect(auth.user()).toBeNull();
    expect(auth.accessToken()).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/connexion'], expect.anything());
    expect(failure?.status).toBe(401);
    httpMock.expectNone('/api/centres');
  });

  it('passes a 401 from the sign-in call straight to the caller', () => {
    // given
    setUp();
    let failure: HttpErrorResponse | undefined;
    // when
    http.post('/api/auth/login', {}).subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    httpMock
      .expectOne('/api/auth/login')
      .flush(
        { code: 'invalid_credentials', message: 'Invalid' },
        { status: 401, statusText: 'Unauthorized' },
      );
    // then
    httpMock.expectNone(REFRESH_URL);
    expect(failure?.error).toEqual({ code: 'invalid_credentials', message: 'Invalid' });
  });

  it('leaves other errors alone', () => {
    // given
    storeSession();
    setUp();
    let failure: HttpErrorResponse | undefined;
    // when
    http.get('/api/people/x').subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    httpMock
      .expectOne('/api/people/x')
      .flush({ code: 'not_found', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    // then
    httpMock.expectNone(REFRESH_URL);
    expect(failure?.status).toBe(404);
  });
});
