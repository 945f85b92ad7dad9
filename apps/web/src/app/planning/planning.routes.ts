import type { Routes } from '@angular/router';

/**
 * The planning of home visits, mounted under `visites` by the coordination area (own centre, with
 * the centre's required trainings) and the federation area (`acrossCentres`).
 */
export function planningRoutes(options: { acrossCentres: boolean }): Routes {
  const data = { acrossCentres: options.acrossCentres };
  const routes: Routes = [
    {
      path: '',
      title: 'title.planning.week',
      data,
      loadComponent: () => import('./planning-page.component').then((m) => m.PlanningPageComponent),
    },
    {
      path: 'planifier',
      title: 'title.planning.book',
      data: { ...data, series: false },
      loadComponent: () => import('./visit-booking-page.component').then((m) => m.VisitBookingPageComponent),
    },
    {
      path: 'serie',
      title: 'title.planning.series',
      data: { ...data, series: true },
      loadComponent: () => import('./visit-booking-page.component').then((m) => m.VisitBookingPageComponent),
    },
  ];
  if (!options.acrossCentres)
    routes.push({
      path: 'formations-requises',
      title: 'title.planning.requiredTrainings',
      loadComponent: () =>
        import('./required-trainings-page.component').then((m) => m.RequiredTrainingsPageComponent),
    });
  routes.push({
    path: ':id',
    title: 'title.planning.visit',
    data,
    loadComponent: () => import('./planning-visit-page.component').then((m) => m.PlanningVisitPageComponent),
  });
  return routes;
}
