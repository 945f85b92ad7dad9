import type { Routes } from '@angular/router';
import { courseAuthoringRoutes } from '../authoring/authoring.routes';
import { cohortRoutes } from '../cohorts/cohorts.routes';
import { deviceRoutes } from '../devices/devices.routes';
import { equipmentRoutes } from '../equipment/equipment.routes';
import { NOT_FOUND_ROUTE } from '../not-found/not-found-page.component';
import { notificationRoutes } from '../notifications/notifications.routes';
import { peopleRoutes } from '../people/people.routes';
import { planningRoutes } from '../planning/planning.routes';

export const COORDINATOR_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.coordination.dashboard',
    loadComponent: () =>
      import('./coordinator-dashboard-page.component').then((m) => m.CoordinatorDashboardPageComponent),
  },
  { path: 'personnes', children: peopleRoutes({ acrossCentres: false }) },
  { path: 'cours', children: courseAuthoringRoutes({ library: false }) },
  { path: 'groupes', children: cohortRoutes({ acrossCentres: false }) },
  { path: 'appareils', children: deviceRoutes({ acrossCentres: false }) },
  ...equipmentRoutes({ acrossCentres: false }),
  { path: 'visites', children: planningRoutes({ acrossCentres: false }) },
  { path: 'messages', children: notificationRoutes({ acrossCentres: false }) },
  NOT_FOUND_ROUTE,
];
