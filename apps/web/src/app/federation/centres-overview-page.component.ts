import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { CentresApiService } from '../shared/api/centres-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

@Component({
  selector: 'pa-centres-overview-page',
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
    <pa-page-header [heading]="'federation.heading' | t" [lead]="countText()" />

    @if (centres.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (list().length === 0) {
      <pa-empty-state [heading]="'federation.empty' | t" />
    } @else {
      <div class="table-wrap">
        <table class="table">
          <caption>
            {{
              'federation.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'federation.col.centre' | t }}</th>
              <th scope="col">{{ 'federation.col.town' | t }}</th>
              <th scope="col" class="table__number">{{ 'federation.col.seniors' | t }}</th>
              <th scope="col" class="table__number">{{ 'federation.col.volunteers' | t }}</th>
              <th scope="col" class="table__number">{{ 'federation.col.coordinators' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of list(); track c.id) {
              <tr>
                <th scope="row">
                  <a routerLink="personnes" [queryParams]="{ centre: c.id }">{{ c.name }}</a>
                </th>
                <td>{{ c.postcode }} {{ c.town }}</td>
                <td class="table__number">{{ c.counts.seniors }}</td>
                <td class="table__number">{{ c.counts.volunteers }}</td>
                <td class="table__number">{{ c.counts.coordinators }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="2">{{ 'federation.total' | t }}</th>
              <td class="table__number">{{ totals().seniors }}</td>
              <td class="table__number">{{ totals().volunteers }}</td>
              <td class="table__number">{{ totals().coordinators }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    }
  `,
})
export class CentresOverviewPageComponent {
  private readonly centresApi = inject(CentresApiService);
  private readonly i18n = inject(TranslationService);

  protected readonly centres = rxResource({ stream: () => this.centresApi.list() });
  protected readonly list = computed(() => (this.centres.hasValue() ? this.centres.value() : []));
  protected readonly totals = computed(() =>
    this.list().reduce(
      (sum, c) => ({
        seniors: sum.seniors + c.counts.seniors,
        volunteers: sum.volunteers + c.counts.volunteers,
        coordinators: sum.coordinators + c.counts.coordinators,
      }),
      { seniors: 0, volunteers: 0, coordinators: 0 },
    ),
  );
  protected readonly countText = computed(() =>
    this.centres.hasValue() ? this.i18n.plural('federation.centresCount', this.list().length) : null,
  );
  protected readonly errorKey = errorKeyOf(this.centres);
}
