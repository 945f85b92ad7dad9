import type { Routes } from '@angular/router';

/**
 * The course authoring pages, mounted under `cours` by the coordination area (the centre's courses)
 * and the federation area (`library`: new courses go to the federation library).
 */
export function courseAuthoringRoutes(options: { library: boolean }): Routes {
  const data = { library: options.library };
  return [
    {
      path: '',
      title: 'title.authoring.list',
      data,
      loadComponent: () => import('./course-list-page.component').then((m) => m.CourseListPageComponent),
    },
    {
      path: 'nouveau',
      title: 'title.authoring.create',
      data,
      loadComponent: () => import('./course-create-page.component').then((m) => m.CourseCreatePageComponent),
    },
    {
      path: ':id',
      title: 'title.authoring.editor',
      data,
      loadComponent: () => import('./course-editor-page.component').then((m) => m.CourseEditorPageComponent),
    },
    {
      path: ':id/apercu',
      title: 'title.authoring.preview',
      data,
      loadComponent: () =>
        import('./course-preview-page.component').then((m) => m.CoursePreviewPageComponent),
    },
    {
      path: ':id/suivi',
      title: 'title.authoring.tracking',
      data,
      loadComponent: () =>
        import('./course-tracking-page.component').then((m) => m.CourseTrackingPageComponent),
    },
  ];
}
