import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AuthApiService } from '../shared/api/auth-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';

@Component({
  selector: 'pa-my-profile-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, LoadingComponent, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-page-header [heading]="'volunteer.profile.heading' | t" />
    @if (me.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (profile(); as p) {
      <dl class="details">
        <div class="details__row">
          <dt>{{ 'volunteer.profile.name' | t }}</dt>
          <dd>{{ p.firstName }} {{ p.lastName }}</dd>
        </div>
        <div class="details__row">
          <dt>{{ 'volunteer.profile.email' | t }}</dt>
          <dd>{{ p.email ?? ('common.notProvided' | t) }}</dd>
        </div>
        <div class="details__row">
          <dt>{{ 'volunteer.profile.role' | t }}</dt>
          <dd>{{ roleLabels[p.role] | t }}</dd>
        </div>
        <div class="details__row">
          <dt>{{ 'volunteer.profile.centre' | t }}</dt>
          <dd>{{ p.centreName ?? ('common.notProvided' | t) }}</dd>
        </div>
        <div class="details__row">
          <dt>{{ 'volunteer.profile.federation' | t }}</dt>
          <dd>{{ p.federationName }}</dd>
        </div>
      </dl>
      <p>
        <a class="button button--secondary" routerLink="/benevole/visites/preparer">{{
          'visits.profile.prepare' | t
        }}</a>
      </p>
    }
  `,
})
export class MyProfilePageComponent {
  private readonly authApi = inject(AuthApiService);

  protected readonly roleLabels = ROLE_LABEL_KEYS;
  protected readonly me = rxResource({ stream: () => this.authApi.me() });
  protected readonly profile = computed(() => (this.me.hasValue() ? this.me.value() : null));
  protected readonly errorKey = errorKeyOf(this.me);
}
