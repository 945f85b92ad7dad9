import type { Routes } from '@angular/router';
import { NOT_FOUND_ROUTE } from '../not-found/not-found-page.component';

export const VOLUNTEER_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'seniors' },
  {
    path: 'seniors',
    title: 'title.volunteer.seniors',
    loadComponent: () => import('./my-seniors-page.component').then((m) => m.MySeniorsPageComponent),
  },
  {
    path: 'seniors/:id',
    title: 'title.volunteer.senior',
    loadComponent: () =>
      import('./volunteer-senior-page.component').then((m) => m.VolunteerSeniorPageComponent),
  },
  {
    path: 'profil',
    title: 'title.volunteer.profile',
    loadComponent: () => import('./my-profile-page.component').then((m) => m.MyProfilePageComponent),
  },
  NOT_FOUND_ROUTE,
];
