import type { Routes } from '@angular/router';
import { homeRedirect, roleGuard, signedOutGuard } from './shared/auth/auth.guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: homeRedirect },
  {
    path: 'connexion',
    title: 'title.login',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./login/login-page.component').then((m) => m.LoginPageComponent),
  },
  {
    path: 'verifier',
    title: 'title.verify',
    loadComponent: () =>
      import('./verification/certificate-verify-page.component').then(
        (m) => m.CertificateVerifyPageComponent,
      ),
  },
  {
    path: 'verifier/:code',
    title: 'title.verify',
    loadComponent: () =>
      import('./verification/certificate-verify-page.component').then(
        (m) => m.CertificateVerifyPageComponent,
      ),
  },
  {
    path: 'coordination',
    canMatch: [roleGuard('coordinator')],
    loadChildren: () => import('./coordinator/coordinator.routes').then((m) => m.COORDINATOR_ROUTES),
  },
  {
    path: 'federation',
    canMatch: [roleGuard('federation_admin')],
    loadChildren: () => import('./federation/federation.routes').then((m) => m.FEDERATION_ROUTES),
  },
  {
    path: 'benevole',
    canMatch: [roleGuard('volunteer')],
    loadChildren: () => import('./volunteer/volunteer.routes').then((m) => m.VOLUNTEER_ROUTES),
  },
  {
    path: 'senior',
    canMatch: [roleGuard('senior')],
    loadChildren: () => import('./senior/senior.routes').then((m) => m.SENIOR_ROUTES),
  },
  {
    // Public: a tablet is paired here with the code (typed, or in the QR code's address).
    path: 'tablette',
    title: 'title.tablet.pairing',
    loadComponent: () =>
      import('./pairing/tablet-pairing-page.component').then((m) => m.TabletPairingPageComponent),
  },
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
