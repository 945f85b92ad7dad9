import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CentreSummary, CreateHousehold } from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { type UiError, toUiError } from '../shared/errors/error-message';
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
      [centres]="acrossCentres() ? centres.value() : null"
      [busy]="saving()"
      [serverError]="error()"
      (submitted)="create($event)"
    />
  `,
})
export class HouseholdCreatePageComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route data: a federation admin chooses the centre of the new household. */
  readonly acrossCentres = input(false);

  protected readonly saving = signal(false);
  protected readonly error = signal<UiError | null>(null);
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  private readonly form = viewChild.required(HouseholdFormComponent);

  protected create(body: CreateHousehold): void {
    this.saving.set(true);
    this.error.set(null);
    this.api.createHousehold(body).subscribe({
      next: (household) => {
        this.saving.set(false);
        void this.router.navigate(['..', household.id], {
          relativeTo: this.route,
          state: { createdHousehold: household.name },
        });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(toUiError(error));
        this.form().focusSummary();
      },
    });
  }
}
