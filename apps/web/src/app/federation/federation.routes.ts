import type { Routes } from '@angular/router';
import { courseAuthoringRoutes } from '../authoring/authoring.routes';
import { cohortRoutes } from '../cohorts/cohorts.routes';
import { deviceRoutes } from '../devices/devices.routes';
import { equipmentRoutes } from '../equipment/equipment.routes';
import { NOT_FOUND_ROUTE } from '../not-found/not-found-page.component';
import { notificationRoutes } from '../notifications/notifications.routes';
import { peopleRoutes } from '../people/people.routes';
import { planningRoutes } from '../planning/planning.routes';

export const FEDERATION_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.federation.centres',
    loadComponent: () =>
      import('./centres-overview-page.component').then((m) => m.CentresOverviewPageComponent),
  },
  { path: 'personnes', children: peopleRoutes({ acrossCentres: true }) },
  { path: 'cours', children: courseAuthoringRoutes({ library: true }) },
  { path: 'groupes', children: cohortRoutes({ acrossCentres: true }) },
  { path: 'appareils', children: deviceRoutes({ acrossCentres: true }) },
  ...equipmentRoutes({ acrossCentres: true }),
  { path: 'visites', children: planningRoutes({ acrossCentres: true }) },
  { path: 'messages', children: notificationRoutes({ acrossCentres: true }) },
  NOT_FOUND_ROUTE,
];
