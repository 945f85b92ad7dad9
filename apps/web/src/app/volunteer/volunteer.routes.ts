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
    path: 'visites',
    title: 'title.visits.mine',
    loadComponent: () => import('./visits/my-visits-page.component').then((m) => m.MyVisitsPageComponent),
  },
  {
    path: 'visites/preparer',
    title: 'title.visits.prepare',
    loadComponent: () =>
      import('./visits/visit-prepare-page.component').then((m) => m.VisitPreparePageComponent),
  },
  {
    path: 'visites/:id',
    title: 'title.visits.visit',
    loadComponent: () => import('./visits/visit-page.component').then((m) => m.VisitPageComponent),
  },
  {
    path: 'visites/:id/rapport',
    title: 'title.visits.report',
    loadComponent: () =>
      import('./visits/visit-report-page.component').then((m) => m.VisitReportPageComponent),
  },
  {
    path: 'profil',
    title: 'title.volunteer.profile',
    loadComponent: () => import('./my-profile-page.component').then((m) => m.MyProfilePageComponent),
  },
  {
    path: 'formations',
    title: 'title.training.mine',
    loadComponent: () => import('./my-courses-page.component').then((m) => m.MyCoursesPageComponent),
  },
  {
    path: 'formations/catalogue',
    title: 'title.training.catalogue',
    loadComponent: () => import('./catalogue-page.component').then((m) => m.CataloguePageComponent),
  },
  {
    path: 'formations/:courseId',
    title: 'title.training.course',
    loadComponent: () => import('./course-page.component').then((m) => m.CoursePageComponent),
  },
  {
    path: 'formations/:courseId/reprendre',
    title: 'title.training.course',
    loadComponent: () => import('./course-resume-page.component').then((m) => m.CourseResumePageComponent),
  },
  {
    path: 'formations/:courseId/lecons/:lessonKey',
    title: 'title.training.lesson',
    loadComponent: () => import('./lesson-page.component').then((m) => m.LessonPageComponent),
  },
  {
    path: 'attestations',
    title: 'title.training.certificates',
    loadComponent: () =>
      import('./my-certificates-page.component').then((m) => m.MyCertificatesPageComponent),
  },
  NOT_FOUND_ROUTE,
];
