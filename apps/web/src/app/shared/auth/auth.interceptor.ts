import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { API_PREFIX, apiUrl } from '../api/api-url';
import { AUTH_PATHS, DEVICE_AUTH_PATHS } from '../api/auth-api.service';
import { AuthService } from './auth.service';

/** Auth endpoints never trigger a refresh: a 401 there is the answer itself. */
const NO_REFRESH_URLS = [
  AUTH_PATHS.login,
  AUTH_PATHS.refresh,
  AUTH_PATHS.logout,
  DEVICE_AUTH_PATHS.pair,
  DEVICE_AUTH_PATHS.device,
].map(apiUrl);
/** Signing in (with a password, a pairing code or a device credential) and renewing a session are done without an access token. */
const NO_TOKEN_URLS = [
  AUTH_PATHS.login,
  AUTH_PATHS.refresh,
  DEVICE_AUTH_PATHS.pair,
  DEVICE_AUTH_PATHS.device,
].map(apiUrl);

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the access token to API calls. On a 401 it refreshes the session once (sharing the refresh
 * with any other request that failed meanwhile) and replays the request; if the refresh fails the
 * session ends and the error goes on to the caller.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(`${API_PREFIX}/`)) return next(request);

  const auth = inject(AuthService);
  const sentToken = auth.accessToken();
  const isAuthCall = NO_REFRESH_URLS.includes(request.url);

  return next(withToken(request, NO_TOKEN_URLS.includes(request.url) ? null : sentToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || isAuthCall || !sentToken) {
        return throwError(() => error);
      }
      const currentToken = auth.accessToken();
      // Another request already renewed the session while this one was in flight: just replay.
      if (currentToken && currentToken !== sentToken) return next(withToken(request, currentToken));
      return auth.refreshAccessToken().pipe(switchMap((token) => next(withToken(request, token))));
    }),
  );
};
