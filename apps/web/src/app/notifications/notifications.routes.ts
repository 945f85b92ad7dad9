import type { Routes } from '@angular/router';

/**
 * The "Messages envoyés" page, mounted under `messages` by the coordination area (own centre) and the
 * federation area (`acrossCentres`: every centre's messages, with a centre column).
 */
export function notificationRoutes(options: { acrossCentres: boolean }): Routes {
  return [
    {
      path: '',
      title: 'title.notifications.list',
      data: { acrossCentres: options.acrossCentres },
      loadComponent: () =>
        import('./notification-list-page.component').then((m) => m.NotificationListPageComponent),
    },
  ];
}
