import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PersonDetailsComponent } from '../people/person-details.component';
import { PeopleApiService } from '../shared/api/people-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { SeniorEquipmentComponent } from './senior-equipment.component';

/** Page of a senior this volunteer coaches: their details, and the equipment lent to them. */
@Component({
  selector: 'pa-volunteer-senior-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PersonDetailsComponent,
    LoadingComponent,
    AlertComponent,
    SeniorEquipmentComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'volunteer.senior.back' | t }}</a>
    </p>
    @if (senior.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <h1>{{ 'title.volunteer.senior' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (detail(); as s) {
      <h1>{{ s.firstName }} {{ s.lastName }}</h1>
      <pa-person-details [person]="s" [showCentre]="false" />
      <pa-senior-equipment [seniorId]="s.id" />
    }
  `,
})
export class VolunteerSeniorPageComponent {
  private readonly peopleApi = inject(PeopleApiService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly senior = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.peopleApi.get(id),
  });
  protected readonly detail = computed(() => (this.senior.hasValue() ? this.senior.value() : null));
  protected readonly errorKey = errorKeyOf(this.senior);
}
