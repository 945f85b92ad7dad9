import type { Routes } from '@angular/router';

/**
 * The group pages, mounted under `groupes` by the coordination area (own centre) and the federation
 * area (`acrossCentres`: every centre's groups; a new group's centre is chosen).
 */
export function cohortRoutes(options: { acrossCentres: boolean }): Routes {
  const data = { acrossCentres: options.acrossCentres };
  return [
    {
      path: '',
      title: 'title.cohorts.list',
      data,
      loadComponent: () => import('./cohort-list-page.component').then((m) => m.CohortListPageComponent),
    },
    {
      path: 'nouveau',
      title: 'title.cohorts.create',
      data,
      loadComponent: () => import('./cohort-edit-page.component').then((m) => m.CohortEditPageComponent),
    },
    {
      path: ':id',
      title: 'title.cohorts.edit',
      data,
      loadComponent: () => import('./cohort-edit-page.component').then((m) => m.CohortEditPageComponent),
    },
  ];
}
