import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { Route } from '@angular/router';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../shared/i18n/translate.pipe';

@Component({
  selector: 'pa-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'notFound.heading' | t }}</h1>
      <p class="lead">{{ 'notFound.text' | t }}</p>
      <a class="button button--primary" routerLink="/">{{ 'notFound.home' | t }}</a>
    </div>
  `,
})
export class NotFoundPageComponent {}

/** The last route of every route tree: an unknown address shows this page. */
export const NOT_FOUND_ROUTE: Route = {
  path: '**',
  title: 'title.notFound',
  component: NotFoundPageComponent,
};
