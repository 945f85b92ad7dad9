import { inject } from '@angular/core';
import { Router, type CanMatchFn, type UrlSegment } from '@angular/router';
import type { Role } from '@passerelle/contracts';
import { AuthService } from './auth.service';
import { LOGIN_PATH, ROLE_HOME } from './role-home';

function toUrl(segments: UrlSegment[]): string {
  return `/${segments.map((segment) => segment.path).join('/')}`;
}

/**
 * Lets an area's route tree load only for its own role. Signed-out visitors go to the sign-in page
 * (with the address to come back to); someone with another role goes to their own area.
 */
export function roleGuard(role: Role): CanMatchFn {
  return (_route, segments) => {
    const user = inject(AuthService).user();
    const router = inject(Router);
    if (!user) return router.createUrlTree([LOGIN_PATH], { queryParams: { retour: toUrl(segments) } });
    if (user.role !== role) return router.parseUrl(ROLE_HOME[user.role]);
    return true;
  };
}

/** The sign-in page is for signed-out visitors; others are sent to their area. */
export const signedOutGuard: CanMatchFn = () => {
  const user = inject(AuthService).user();
  return user ? inject(Router).parseUrl(ROLE_HOME[user.role]) : true;
};

/** Where `/` leads: the person's own area, or the sign-in page. */
export function homeRedirect(): string {
  const user = inject(AuthService).user();
  return user ? ROLE_HOME[user.role] : LOGIN_PATH;
}
