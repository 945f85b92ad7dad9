import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { PAGE_SIZE_MAX, type Person, type PersonDetail, type PersonRef } from '@passerelle/contracts';
import { type Observable, map, of } from 'rxjs';
import { PersonEquipmentComponent } from '../equipment/person-equipment.component';
import { PeopleApiService } from '../shared/api/people-api.service';
import { type UiError, toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import type { TranslationParams } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PersonDetailsComponent } from './person-details.component';
import { PersonFormComponent, type PersonFormSubmit } from './person-form.component';
import { VolunteerProfileFormComponent } from '../shared/visits/volunteer-profile-form.component';
import { AvailabilityEditorComponent } from '../shared/visits/availability-editor.component';

interface Notice {
  key: TranslationKey;
  params?: TranslationParams;
}

function fullName(person: PersonRef): string {
  return `${person.firstName} ${person.lastName}`;
}

/** A person's page for coordinators and federation admins: details, edit, (de)activation, coaching links. */
@Component({
  selector: 'pa-person-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    LoadingComponent,
    PersonDetailsComponent,
    PersonFormComponent,
    PersonEquipmentComponent,
    VolunteerProfileFormComponent,
    AvailabilityEditorComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-page.component.html',
})
export class PersonPageComponent {
  private readonly peopleApi = inject(PeopleApiService);
  private readonly injector = inject(Injector);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Route data: federation admins see people of every centre. */
  readonly acrossCentres = input(false);

  protected readonly person = rxResource<PersonDetail, string>({
    params: () => this.id(),
    stream: ({ params: id }) => this.peopleApi.get(id),
  });
  protected readonly loadErrorKey = errorKeyOf(this.person);
  protected readonly detail = computed(() => (this.person.hasValue() ? this.person.value() : null));
  protected readonly name = computed(() => {
    const person = this.detail();
    return person ? fullName(person) : '';
  });

  /** Set by the create page so the new person's page confirms the creation. */
  private readonly createdName: unknown = inject(Router).currentNavigation()?.extras.state?.['createdName'];

  // Page state starts afresh when another person is opened in the same component.
  protected readonly editing = linkedSignal({ source: this.id, computation: () => false });
  protected readonly confirming = linkedSignal({ source: this.id, computation: () => false });
  protected readonly actionError = linkedSignal<string, TranslationKey | null>({
    source: this.id,
    computation: () => null,
  });
  protected readonly notice = linkedSignal<string, Notice | null>({
    source: this.id,
    computation: (_id, previous) =>
      previous === undefined && typeof this.createdName === 'string'
        ? { key: 'person.created', params: { name: this.createdName } }
        : null,
  });
  protected readonly saving = signal(false);
  protected readonly saveError = signal<UiError | null>(null);
  protected readonly selectedVolunteer = signal('');

  private readonly editForm = viewChild(PersonFormComponent);

  /** Active volunteers of the senior's centre, to choose from (only loaded on a senior's page). */
  protected readonly centreVolunteers = rxResource<Person[], Pick<Person, 'centreId'> | undefined>({
    params: () => {
      const person = this.detail();
      return person?.role === 'senior' ? { centreId: person.centreId } : undefined;
    },
    stream: ({ params }) => this.loadVolunteers(params),
    defaultValue: [],
  });
  protected readonly availableVolunteers = computed(() => {
    const assigned = new Set((this.detail()?.volunteers ?? []).map((v) => v.id));
    return this.centreVolunteers.value().filter((v) => !assigned.has(v.id));
  });

  protected fullName = fullName;

  protected startEdit(): void {
    this.saveError.set(null);
    this.notice.set(null);
    this.editing.set(true);
    this.focusAfterRender('person-edit-title');
  }

  protected cancelEdit(): void {
    this.editing.set(false);
    this.focusAfterRender('person-edit-button');
  }

  protected save(event: PersonFormSubmit): void {
    if (event.mode !== 'edit') return;
    this.saving.set(true);
    this.saveError.set(null);
    this.peopleApi.update(this.id(), event.body).subscribe({
      next: (person) => {
        this.saving.set(false);
        this.person.set(person);
        this.editing.set(false);
        this.notice.set({ key: 'person.saved' });
        this.focusAfterRender('person-edit-button');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(toUiError(error));
        this.editForm()?.focusSummary();
      },
    });
  }

  protected askToggleActive(): void {
    this.actionError.set(null);
    this.notice.set(null);
    this.confirming.set(true);
    this.focusAfterRender('person-confirm-text');
  }

  protected cancelToggleActive(): void {
    this.confirming.set(false);
    this.focusAfterRender('person-active-button');
  }

  protected confirmToggleActive(): void {
    const person = this.detail();
    if (!person) return;
    const active = !person.active;
    this.run(this.peopleApi.update(person.id, { active }), {
      key: active ? 'person.reactivated' : 'person.deactivated',
      params: { name: fullName(person) },
    });
    this.confirming.set(false);
  }

  protected assignVolunteer(): void {
    const volunteerId = this.selectedVolunteer();
    const volunteer = this.centreVolunteers.value().find((v) => v.id === volunteerId);
    if (!volunteer) return;
    this.run(this.peopleApi.assignVolunteer(this.id(), volunteerId), {
      key: 'person.volunteerAssigned',
      params: { name: fullName(volunteer) },
    });
    this.selectedVolunteer.set('');
  }

  protected removeVolunteer(volunteer: PersonRef): void {
    this.run(this.peopleApi.removeVolunteer(this.id(), volunteer.id), {
      key: 'person.volunteerRemoved',
      params: { name: fullName(volunteer) },
    });
  }

  /** Runs an action that answers with the updated person, then says what happened. */
  private run(action: Observable<PersonDetail>, success: Notice): void {
    this.actionError.set(null);
    this.notice.set(null);
    this.saving.set(true);
    action.subscribe({
      next: (person) => {
        this.saving.set(false);
        this.person.set(person);
        this.notice.set(success);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.actionError.set(toUiError(error).messageKey);
      },
    });
  }

  private loadVolunteers(params: Pick<Person, 'centreId'> | undefined): Observable<Person[]> {
    if (!params) return of([]);
    return this.peopleApi
      .list({
        role: 'volunteer',
        status: 'active',
        pageSize: PAGE_SIZE_MAX,
        centreId: this.acrossCentres() && params.centreId ? params.centreId : undefined,
      })
      .pipe(map((page) => page.items));
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
