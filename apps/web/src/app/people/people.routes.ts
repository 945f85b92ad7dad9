import type { Routes } from '@angular/router';

/**
 * The people pages, mounted under `personnes` by the coordination area (own centre) and the
 * federation area (`acrossCentres`: every centre, with a centre filter and column).
 */
export function peopleRoutes(options: { acrossCentres: boolean }): Routes {
  const data = { acrossCentres: options.acrossCentres };
  return [
    {
      path: '',
      title: 'title.people.list',
      data,
      loadComponent: () => import('./people-list-page.component').then((m) => m.PeopleListPageComponent),
    },
    {
      path: 'nouveau',
      title: 'title.people.create',
      data,
      loadComponent: () => import('./person-create-page.component').then((m) => m.PersonCreatePageComponent),
    },
    {
      path: ':id',
      title: 'title.people.detail',
      data,
      loadComponent: () => import('./person-page.component').then((m) => m.PersonPageComponent),
    },
  ];
}
