import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CreateHousehold } from '@passerelle/contracts';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { centreChoices } from '../shared/ui/centre-choices';
import { creationFlow } from '../shared/ui/creation-flow';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { HouseholdFormComponent } from './household-form.component';

@Component({
  selector: 'pa-household-create-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, HouseholdFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'household.back' | t }}</a>
    </p>
    <pa-page-header [heading]="'household.create.heading' | t" />
    <pa-household-form
      [centres]="acrossCentres() ? centres() : null"
      [busy]="flow.saving()"
      [serverError]="flow.error()"
      (submitted)="flow.submit($event)"
    />
  `,
})
export class HouseholdCreatePageComponent {
  private readonly api = inject(EquipmentApiService);

  /** Route data: a federation admin chooses the centre of the new household. */
  readonly acrossCentres = input(false);

  protected readonly centres = centreChoices(() => this.acrossCentres()).centres;
  private readonly form = viewChild.required(HouseholdFormComponent);
  protected readonly flow = creationFlow({
    create: (body: CreateHousehold) => this.api.createHousehold(body),
    state: (household) => ({ createdHousehold: household.name }),
    focusSummary: () => this.form().focusSummary(),
  });
}
