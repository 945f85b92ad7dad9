import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AUTH_ROUTES,
  LoginRequest,
  Me,
  PairedDevice,
  RefreshRequest,
  TokenPair,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

/**
 * The contract's AUTH_ROUTES, restated (and checked against it) because importing values from the
 * contracts module builds every zod schema, which would put zod in the first download.
 */
export const AUTH_PATHS = {
  login: 'auth/login',
  refresh: 'auth/refresh',
  logout: 'auth/logout',
  me: 'auth/me',
} as const satisfies typeof AUTH_ROUTES;

/** A tablet signs in without a password: once with a pairing code, then with its device credential. */
export const DEVICE_AUTH_PATHS = {
  pair: 'auth/pair',
  device: 'auth/device',
} as const;

@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Observable<TokenPair> {
    return this.http.post<TokenPair>(apiUrl(AUTH_PATHS.login), body);
  }

  refresh(body: RefreshRequest): Observable<TokenPair> {
    return this.http.post<TokenPair>(apiUrl(AUTH_PATHS.refresh), body);
  }

  logout(body: RefreshRequest): Observable<void> {
    return this.http.post<void>(apiUrl(AUTH_PATHS.logout), body);
  }

  /** Exchanges the six-digit code shown by a volunteer for a session and the tablet's credential. */
  pair(code: string): Observable<PairedDevice> {
    return this.http.post<PairedDevice>(apiUrl(DEVICE_AUTH_PATHS.pair), { code });
  }

  /** Signs a paired tablet in with the credential it kept. */
  deviceSignIn(credential: string): Observable<TokenPair> {
    return this.http.post<TokenPair>(apiUrl(DEVICE_AUTH_PATHS.device), { credential });
  }

  me(): Observable<Me> {
    return this.http.get<Me>(apiUrl(AUTH_PATHS.me));
  }
}
