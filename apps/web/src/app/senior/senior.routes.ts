import type { Routes } from '@angular/router';
import { NOT_FOUND_ROUTE } from '../not-found/not-found-page.component';

export const SENIOR_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.senior.home',
    loadComponent: () => import('./senior-home-page.component').then((m) => m.SeniorHomePageComponent),
  },
  {
    path: 'lecons',
    title: 'title.senior.lessons',
    loadComponent: () => import('./senior-courses-page.component').then((m) => m.SeniorCoursesPageComponent),
  },
  {
    path: 'lecons/:courseId',
    title: 'title.senior.course',
    loadComponent: () => import('./senior-course-page.component').then((m) => m.SeniorCoursePageComponent),
  },
  {
    path: 'lecons/:courseId/:lessonKey',
    title: 'title.senior.lesson',
    loadComponent: () => import('./senior-lesson-page.component').then((m) => m.SeniorLessonPageComponent),
  },
  {
    path: 'rendez-vous',
    title: 'title.senior.appointment',
    data: { headingKey: 'senior.tile.appointment', textKey: 'senior.appointment.text' },
    loadComponent: () =>
      import('./senior-coming-soon-page.component').then((m) => m.SeniorComingSoonPageComponent),
  },
  NOT_FOUND_ROUTE,
];
