import type { Routes } from '@angular/router';

/**
 * The equipment programme pages, mounted by the coordination area (own centre) and the federation
 * area (`acrossCentres`: every centre, with a centre filter; new records ask for their centre):
 * `programme` (the report and a new campaign), `foyers` (households) and `convention` (the loan
 * agreement's text).
 */
export function equipmentRoutes(options: { acrossCentres: boolean }): Routes {
  const data = { acrossCentres: options.acrossCentres };
  return [
    {
      path: 'programme',
      children: [
        {
          path: '',
          title: 'title.equipment.programme',
          data,
          loadComponent: () => import('./programme-page.component').then((m) => m.ProgrammePageComponent),
        },
        {
          path: 'nouvelle-campagne',
          title: 'title.equipment.campaignCreate',
          data,
          loadComponent: () =>
            import('./campaign-create-page.component').then((m) => m.CampaignCreatePageComponent),
        },
      ],
    },
    {
      path: 'foyers',
      children: [
        {
          path: '',
          title: 'title.equipment.households',
          data,
          loadComponent: () =>
            import('./household-list-page.component').then((m) => m.HouseholdListPageComponent),
        },
        {
          path: 'nouveau',
          title: 'title.equipment.householdCreate',
          data,
          loadComponent: () =>
            import('./household-create-page.component').then((m) => m.HouseholdCreatePageComponent),
        },
        {
          path: ':id',
          title: 'title.equipment.household',
          data,
          loadComponent: () => import('./household-page.component').then((m) => m.HouseholdPageComponent),
        },
      ],
    },
    {
      path: 'convention',
      title: 'title.equipment.agreementTemplate',
      data,
      loadComponent: () =>
        import('./agreement-template-page.component').then((m) => m.AgreementTemplatePageComponent),
    },
  ];
}
