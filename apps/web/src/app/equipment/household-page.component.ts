import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { RecipientEquipmentComponent, type Recipient } from './recipient-equipment.component';

/** A household's page: how to reach it, what it received and the agreements it signed. */
@Component({
  selector: 'pa-household-page',
  imports: [RouterLink, TranslatePipe, AlertComponent, LoadingComponent, RecipientEquipmentComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'household.back' | t }}</a>
    </p>

    @if (household.isLoading()) {
      <pa-loading />
    } @else if (loadErrorKey(); as key) {
      <h1>{{ 'title.equipment.household' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (household.hasValue()) {
      @let h = household.value();
      <div class="page-header">
        <div>
          <h1 class="page-header__title">{{ h.name }}</h1>
        </div>
      </div>

      <div aria-live="polite">
        @if (createdName; as name) {
          <pa-alert kind="success"
            ><p>{{ 'household.created' | t: { name } }}</p></pa-alert
          >
        }
      </div>

      <section class="section" aria-labelledby="household-details-title">
        <h2 id="household-details-title">{{ 'household.details' | t }}</h2>
        <dl class="details">
          <div class="details__row">
            <dt>{{ 'household.field.contactPhone' | t }}</dt>
            <dd>{{ h.contactPhone ?? ('common.notProvided' | t) }}</dd>
          </div>
          <div class="details__row">
            <dt>{{ 'household.field.town' | t }}</dt>
            <dd>{{ h.town ?? ('common.notProvided' | t) }}</dd>
          </div>
          <div class="details__row">
            <dt>{{ 'household.field.membersCount' | t }}</dt>
            <dd>{{ h.membersCount ?? ('common.notProvided' | t) }}</dd>
          </div>
          <div class="details__row">
            <dt>{{ 'household.field.notes' | t }}</dt>
            <dd class="details__notes">{{ h.notes ?? ('common.notProvided' | t) }}</dd>
          </div>
          <div class="details__row">
            <dt>{{ 'household.createdAt' | t }}</dt>
            <dd>{{ date(h.createdAt) }}</dd>
          </div>
        </dl>
      </section>

      <pa-recipient-equipment [recipient]="recipient()" [name]="h.name" />
    }
  `,
})
export class HouseholdPageComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly i18n = inject(TranslationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  /** Set by the create page so the new household's page confirms the creation. */
  protected readonly createdName: string | null = (() => {
    const state: unknown = inject(Router).currentNavigation()?.extras.state?.['createdHousehold'];
    return typeof state === 'string' ? state : null;
  })();

  protected readonly household = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.api.household(id),
  });
  protected readonly loadErrorKey = errorKeyOf(this.household);
  protected readonly recipient = computed<Recipient>(() => ({ householdId: this.id() }));

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }
}
