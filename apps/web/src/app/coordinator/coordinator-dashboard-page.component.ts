import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { CentresApiService } from '../shared/api/centres-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

@Component({
  selector: 'pa-coordinator-dashboard-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, LoadingComponent, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-page-header [heading]="'dashboard.heading' | t" />

    @if (centres.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (centre(); as c) {
      <section class="card centre-card" aria-labelledby="centre-title">
        <p class="card__eyebrow">{{ 'dashboard.centreHeading' | t }}</p>
        <h2 id="centre-title" class="card__title">{{ c.name }}</h2>
        <p class="muted">{{ c.postcode }} {{ c.town }}</p>
        <h3 class="card__subtitle">{{ 'dashboard.counts' | t }}</h3>
        <dl class="stats">
          <div class="stats__item">
            <dt>{{ 'dashboard.seniors' | t }}</dt>
            <dd>{{ c.counts.seniors }}</dd>
          </div>
          <div class="stats__item">
            <dt>{{ 'dashboard.volunteers' | t }}</dt>
            <dd>{{ c.counts.volunteers }}</dd>
          </div>
          <div class="stats__item">
            <dt>{{ 'dashboard.coordinators' | t }}</dt>
            <dd>{{ c.counts.coordinators }}</dd>
          </div>
        </dl>
        <div class="actions">
          <a class="button button--primary" routerLink="personnes">{{ 'dashboard.seePeople' | t }}</a>
          <a class="button button--secondary" routerLink="personnes/nouveau">{{
            'dashboard.addPerson' | t
          }}</a>
        </div>
      </section>
    } @else {
      <p>{{ 'dashboard.noCentre' | t }}</p>
    }
  `,
})
export class CoordinatorDashboardPageComponent {
  private readonly centresApi = inject(CentresApiService);

  /** A coordinator receives their own centre only. */
  protected readonly centres = rxResource({ stream: () => this.centresApi.list() });
  protected readonly centre = computed(() =>
    this.centres.hasValue() ? (this.centres.value()[0] ?? null) : null,
  );
  protected readonly errorKey = errorKeyOf(this.centres);
}
