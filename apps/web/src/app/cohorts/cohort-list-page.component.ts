import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { CentreSummary } from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { CohortsApiService } from '../shared/api/cohorts-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

/** What the edit page tells the list after saving or deleting, through the navigation's state. */
export interface CohortNotice {
  key: TranslationKey;
  name: string;
}

function isCohortNotice(value: unknown): value is CohortNotice {
  if (typeof value !== 'object' || value === null) return false;
  const { key, name } = value as Record<string, unknown>;
  return (key === 'cohorts.saved' || key === 'cohorts.deleted') && typeof name === 'string';
}

/** The groups of the centre (coordinator) or of every centre (federation admin). */
@Component({
  selector: 'pa-cohort-list-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-page-header [heading]="'cohorts.heading' | t" [lead]="'cohorts.lead' | t">
      <a class="button button--primary" routerLink="nouveau">{{ 'cohorts.create' | t }}</a>
    </pa-page-header>

    @if (notice; as n) {
      <pa-alert kind="success"
        ><p>{{ n.key | t: { name: n.name } }}</p></pa-alert
      >
    }

    @if (cohorts.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error">
        <p>{{ key | t }}</p>
        <button type="button" class="button button--secondary" (click)="cohorts.reload()">
          {{ 'common.retry' | t }}
        </button>
      </pa-alert>
    } @else if (cohorts.value(); as list) {
      @if (list.length === 0) {
        <pa-empty-state [heading]="'cohorts.empty.title' | t" [text]="'cohorts.empty.text' | t" />
      } @else {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'cohorts.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'cohorts.col.name' | t }}</th>
                @if (acrossCentres()) {
                  <th scope="col">{{ 'cohorts.col.centre' | t }}</th>
                }
                <th scope="col" class="table__number">{{ 'cohorts.col.members' | t }}</th>
                <th scope="col">{{ 'cohorts.col.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (cohort of list; track cohort.id) {
                <tr>
                  <th scope="row">{{ cohort.name }}</th>
                  @if (acrossCentres()) {
                    <td>{{ centreNames().get(cohort.centreId) ?? '' }}</td>
                  }
                  <td class="table__number">{{ cohort.members.length }}</td>
                  <td>
                    <a [routerLink]="[cohort.id]"
                      >{{ 'cohorts.edit' | t }}<span class="visually-hidden"> : {{ cohort.name }}</span></a
                    >
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
})
export class CohortListPageComponent {
  private readonly api = inject(CohortsApiService);
  private readonly centresApi = inject(CentresApiService);

  /** Route data: every centre's groups, with a centre column (federation area). */
  readonly acrossCentres = input(false);

  /** Set by the edit page after saving or deleting a group. */
  protected readonly notice: CohortNotice | null = (() => {
    const state: unknown = inject(Router).currentNavigation()?.extras.state?.['cohortNotice'];
    return isCohortNotice(state) ? state : null;
  })();

  protected readonly cohorts = rxResource({ stream: () => this.api.list() });
  private readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  protected readonly centreNames = computed(
    () => new Map(this.centres.value().map((c) => [c.id, c.name] as const)),
  );
  protected readonly errorKey = errorKeyOf(this.cohorts);
}
