import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CreatePerson } from '@passerelle/contracts';
import { PeopleApiService } from '../shared/api/people-api.service';
import { centreChoices } from '../shared/ui/centre-choices';
import { creationFlow } from '../shared/ui/creation-flow';
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
      [centres]="acrossCentres() ? centres() : null"
      [busy]="flow.saving()"
      [serverError]="flow.error()"
      (submitted)="create($event)"
    />
  `,
})
export class PersonCreatePageComponent {
  private readonly peopleApi = inject(PeopleApiService);

  /** Route data: a federation admin chooses the centre of the new person. */
  readonly acrossCentres = input(false);

  protected readonly centres = centreChoices(() => this.acrossCentres()).centres;
  private readonly form = viewChild.required(PersonFormComponent);
  protected readonly flow = creationFlow({
    create: (body: CreatePerson) => this.peopleApi.create(body),
    state: (person) => ({ createdName: `${person.firstName} ${person.lastName}` }),
    focusSummary: () => this.form().focusSummary(),
  });

  protected create(event: PersonFormSubmit): void {
    if (event.mode === 'create') this.flow.submit(event.body);
  }
}
