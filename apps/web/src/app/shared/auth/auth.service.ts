import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { LoginRequest, Me, TokenPair } from '@passerelle/contracts';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError, timeout } from 'rxjs';
import { AuthApiService } from '../api/auth-api.service';
import { LOGIN_PATH, ROLE_HOME } from './role-home';

interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token stops being accepted. */
  expiresAt: number;
  user: Me;
}

export const SESSION_STORAGE_KEY = 'passerelle.session';
/** Kept by a paired tablet: it signs the tablet in again without any password. */
export const DEVICE_CREDENTIAL_STORAGE_KEY = 'passerelle.deviceCredential';
/** A tablet that cannot reach the server still opens (on the sign-in page) after this long. */
const DEVICE_SIGN_IN_TIMEOUT_MS = 10_000;

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApiService);
  private readonly router = inject(Router);
  private readonly session = signal<Session | null>(readStoredSession());
  /** The refresh under way, shared by every request that hit a 401 meanwhile (refresh tokens rotate). */
  private refreshInFlight: Observable<string> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  login(credentials: LoginRequest): Observable<Me> {
    return this.api.login(credentials).pipe(
      tap((pair) => this.store(pair)),
      map((pair) => pair.user),
    );
  }

  /** Pairs this tablet with the code a volunteer shows: keeps its credential, then opens the session. */
  pairTablet(code: string): Observable<Me> {
    return this.api.pair(code).pipe(
      tap(({ deviceCredential, ...pair }) => {
        writeDeviceCredential(deviceCredential);
        this.startSession(pair);
      }),
      map((pair) => pair.user),
    );
  }

  /** Opens a session from tokens obtained outside the password sign-in (pairing, device sign-in). */
  startSession(pair: TokenPair): void {
    this.store(pair);
  }

  /**
   * On a paired tablet with no session (first start, or the session ended), signs in with the stored
   * device credential. Never fails: without a session the guards send the visitor to the sign-in page.
   * A refused credential (the loan was returned) is forgotten.
   */
  signInWithDevice(): Observable<Me | null> {
    const credential = readDeviceCredential();
    if (this.session() || !credential) return of(this.user());
    return this.api.deviceSignIn(credential).pipe(
      timeout(DEVICE_SIGN_IN_TIMEOUT_MS),
      tap((pair) => this.store(pair)),
      map((pair) => pair.user),
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) writeDeviceCredential(null);
        return of(null);
      }),
    );
  }

  /** Re-reads the signed-in person (name or centre may have changed since the last visit). */
  reloadUser(): void {
    if (!this.session()) return;
    this.api.me().subscribe({
      next: (user) => this.session.update((current) => (current ? { ...current, user } : current)),
      error: () => undefined, // a dead session is handled by the interceptor
    });
  }

  /** Emits the new access token; concurrent callers share one refresh call. Ends the session on failure. */
  refreshAccessToken(): Observable<string> {
    if (this.refreshInFlight) return this.refreshInFlight;
    const refreshToken = this.session()?.refreshToken;
    if (!refreshToken) {
      this.expire();
      return throwError(() => new Error('No session to refresh'));
    }
    this.refreshInFlight = this.api.refresh({ refreshToken }).pipe(
      tap((pair) => this.store(pair)),
      map((pair) => pair.accessToken),
      catchError((error: unknown) => {
        this.expire();
        return throwError(() => error);
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /** Signs out on purpose: tells the API to forget the refresh token, then leaves. */
  logout(): void {
    const refreshToken = this.session()?.refreshToken;
    if (refreshToken) this.api.logout({ refreshToken }).subscribe({ error: () => undefined });
    this.clear();
    void this.router.navigateByUrl(LOGIN_PATH);
  }

  /** The session can no longer be renewed: forget it and ask the person to sign in again. */
  expire(): void {
    const returnUrl = this.router.url;
    this.clear();
    if (readDeviceCredential()) {
      // A paired tablet opens a new session by itself: the senior never sees the sign-in page.
      this.signInWithDevice().subscribe((user) => {
        if (user) void this.router.navigateByUrl(ROLE_HOME[user.role]);
        else this.goToLogin(returnUrl);
      });
      return;
    }
    this.goToLogin(returnUrl);
  }

  private goToLogin(returnUrl: string): void {
    const queryParams =
      returnUrl && returnUrl !== '/' && !returnUrl.startsWith(LOGIN_PATH) ? { retour: returnUrl } : {};
    void this.router.navigate([LOGIN_PATH], { queryParams });
  }

  private store(pair: TokenPair): void {
    const session: Session = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: Date.now() + pair.expiresIn * 1000,
      user: pair.user,
    };
    this.session.set(session);
    writeStoredSession(session);
  }

  private clear(): void {
    this.session.set(null);
    writeStoredSession(null);
  }
}

function readDeviceCredential(): string | null {
  try {
    return localStorage.getItem(DEVICE_CREDENTIAL_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeDeviceCredential(credential: string | null): void {
  try {
    if (credential) localStorage.setItem(DEVICE_CREDENTIAL_STORAGE_KEY, credential);
    else localStorage.removeItem(DEVICE_CREDENTIAL_STORAGE_KEY);
  } catch {
    // Without storage the tablet stays signed in for this visit only, and is paired again next time.
  }
}

function readStoredSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session> | null;
    if (!parsed?.accessToken || !parsed.refreshToken || !parsed.user) return null;
    return parsed as Session;
  } catch {
    return null;
  }
}

function writeStoredSession(session: Session | null): void {
  try {
    if (session) localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private browsing): the session then lives in memory only.
  }
}
