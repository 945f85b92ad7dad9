import { TestBed } from '@angular/core/testing';
import { Router, UrlSegment, UrlTree, provideRouter, type Route } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { Role } from '@passerelle/contracts';
import { aMe, aTokenPair, storeSession } from '../../../testing/fixtures';
import { homeRedirect, roleGuard, signedOutGuard } from './auth.guards';

function segments(url: string): UrlSegment[] {
  return url
    .split('/')
    .filter((part) => part !== '')
    .map((part) => new UrlSegment(part, {}));
}

function signedInAs(role: Role): void {
  storeSession(aTokenPair({ user: aMe({ role }) }));
}

function serialize(result: unknown): unknown {
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
}

describe('auth guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  describe('roleGuard', () => {
    const route: Route = { path: 'coordination' };

    it('lets a person into their own area', () => {
      // given
      signedInAs('coordinator');
      const sut = roleGuard('coordinator');
      // when
      const result = TestBed.runInInjectionContext(() => sut(route, segments('/coordination/personnes')));
      // then
      expect(result).toBe(true);
    });

    it('sends a signed-out visitor to the sign-in page with the address to come back to', () => {
      // given
      const sut = roleGuard('coordinator');
      // when
      const result = TestBed.runInInjectionContext(() => sut(route, segments('/coordination/personnes')));
      // then
      expect(serialize(result)).toBe('/connexion?retour=%2Fcoordination%2Fpersonnes');
    });

    it.each<[Role, string]>([
      ['volunteer', '/benevole'],
      ['federation_admin', '/federation'],
      ['senior', '/senior'],
    ])('sends a %s who opens the coordination area to %s', (role, home) => {
      // given
      signedInAs(role);
      const sut = roleGuard('coordinator');
      // when
      const result = TestBed.runInInjectionContext(() => sut(route, segments('/coordination')));
      // then
      expect(serialize(result)).toBe(home);
    });
  });

  describe('signedOutGuard', () => {
    it('shows the sign-in page to a signed-out visitor', () => {
      expect(TestBed.runInInjectionContext(() => signedOutGuard({}, []))).toBe(true);
    });

    it('sends a signed-in person to their area', () => {
      // given
      signedInAs('federation_admin');
      // when
      const result = TestBed.runInInjectionContext(() => signedOutGuard({}, []));
      // then
      expect(serialize(result)).toBe('/federation');
    });
  });

  describe('homeRedirect', () => {
    it('leads a signed-out visitor to the sign-in page', () => {
      expect(TestBed.runInInjectionContext(() => homeRedirect())).toBe('/connexion');
    });

    it('leads a volunteer to their area', () => {
      // given
      signedInAs('volunteer');
      // when / then
      expect(TestBed.runInInjectionContext(() => homeRedirect())).toBe('/benevole');
    });
  });
});
