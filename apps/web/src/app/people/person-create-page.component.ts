import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CentreSummary } from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { PeopleApiService } from '../shared/api/people-api.service';
import { type UiError, toUiError } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { PersonFormComponent, type PersonFormSubmit } from './person-form.component';

@Component({
  selector: 'pa-person-create-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, PersonFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'personCreate.back' | t }}</a>
    </p>
    <pa-page-header [heading]="'personCreate.heading' | t" />
    <pa-person-form
      mode="create"
      submitLabel="personCreate.submit"
      [centres]="acrossCentres() ? centres.value() : null"
      [busy]="saving()"
      [serverError]="error()"
      (submitted)="create($event)"
    />
  `,
})
export class PersonCreatePageComponent {
  private readonly peopleApi = inject(PeopleApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route data: a federation admin chooses the centre of the new person. */
  readonly acrossCentres = input(false);

  protected readonly saving = signal(false);
  protected readonly error = signal<UiError | null>(null);
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  private readonly form = viewChild.required(PersonFormComponent);

  protected create(event: PersonFormSubmit): void {
    if (event.mode !== 'create') return;
    this.saving.set(true);
    this.error.set(null);
    this.peopleApi.create(event.body).subscribe({
      next: (person) => {
        this.saving.set(false);
        void this.router.navigate(['..', person.id], {
          relativeTo: this.route,
          state: { createdName: `${person.firstName} ${person.lastName}` },
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
