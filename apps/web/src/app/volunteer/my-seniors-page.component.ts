import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PeopleApiService } from '../shared/api/people-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

@Component({
  selector: 'pa-my-seniors-page',
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
    <pa-page-header [heading]="'volunteer.seniors.heading' | t" [lead]="'volunteer.seniors.intro' | t" />

    @if (seniors.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (list().length === 0) {
      <pa-empty-state
        [heading]="'volunteer.seniors.empty.title' | t"
        [text]="'volunteer.seniors.empty.text' | t"
      />
    } @else {
      <ul class="cards">
        @for (s of list(); track s.id) {
          <li class="card senior-card">
            <h2 class="card__title">{{ s.firstName }} {{ s.lastName }}</h2>
            @if (s.town) {
              <p class="muted">{{ s.town }}</p>
            }
            <div class="senior-card__actions">
              @if (s.phone) {
                <a
                  class="button button--primary button--block"
                  [href]="'tel:' + s.phone.replaceAll(' ', '')"
                  >{{ 'volunteer.seniors.call' | t: { phone: s.phone } }}</a
                >
              } @else {
                <p class="muted">{{ 'volunteer.seniors.noPhone' | t }}</p>
              }
              <a class="button button--secondary button--block" [routerLink]="[s.id]">{{
                'volunteer.seniors.open' | t: { name: s.firstName + ' ' + s.lastName }
              }}</a>
            </div>
          </li>
        }
      </ul>
    }
  `,
})
export class MySeniorsPageComponent {
  private readonly peopleApi = inject(PeopleApiService);

  protected readonly seniors = rxResource({ stream: () => this.peopleApi.mySeniors() });
  protected readonly list = computed(() => (this.seniors.hasValue() ? this.seniors.value() : []));
  protected readonly errorKey = errorKeyOf(this.seniors);
}
