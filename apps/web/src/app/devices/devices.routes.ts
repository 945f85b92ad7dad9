import type { Routes } from '@angular/router';

/**
 * The device pages (inventory, loans, returns), mounted under `appareils` by the coordination area
 * (own centre) and the federation area (`acrossCentres`: every centre, with a centre filter).
 */
export function deviceRoutes(options: { acrossCentres: boolean }): Routes {
  const data = { acrossCentres: options.acrossCentres };
  return [
    {
      path: '',
      title: 'title.devices.list',
      data,
      loadComponent: () => import('./device-list-page.component').then((m) => m.DeviceListPageComponent),
    },
    {
      path: 'nouveau',
      title: 'title.devices.create',
      data,
      loadComponent: () => import('./device-create-page.component').then((m) => m.DeviceCreatePageComponent),
    },
    {
      path: 'retards',
      title: 'title.devices.overdue',
      data,
      loadComponent: () => import('./overdue-loans-page.component').then((m) => m.OverdueLoansPageComponent),
    },
    {
      path: 'preter',
      title: 'title.devices.lend',
      data,
      loadComponent: () => import('./loan-wizard-page.component').then((m) => m.LoanWizardPageComponent),
    },
    {
      path: ':id',
      title: 'title.devices.detail',
      data,
      loadComponent: () => import('./device-page.component').then((m) => m.DevicePageComponent),
    },
    {
      path: ':id/retour',
      title: 'title.devices.return',
      data,
      loadComponent: () => import('./device-return-page.component').then((m) => m.DeviceReturnPageComponent),
    },
  ];
}
