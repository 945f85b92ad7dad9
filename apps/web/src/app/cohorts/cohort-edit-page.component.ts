import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CENTRE_ROLES,
  SaveCohortSchema,
  type CentreRole,
  type CentreSummary,
  type Cohort,
  type FieldError,
  type Person,
  type PersonRef,
  type SaveCohort,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { CohortsApiService } from '../shared/api/cohorts-api.service';
import { PeopleApiService } from '../shared/api/people-api.service';
import { type UiError, toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';
import type { CohortNotice } from './cohort-list-page.component';

const COHORT_FIELDS = ['name', 'centreId'] as const;
type CohortField = (typeof COHORT_FIELDS)[number];

/** One plain sentence per problem, from the rules run here or the API's answer. */
export function cohortErrorKeys(error: UiError | null, clientErrors: readonly FieldError[]) {
  const fields: Partial<Record<CohortField, TranslationKey>> = {};
  const errors = clientErrors.length > 0 ? clientErrors : (error?.fieldErrors ?? []);
  for (const e of errors) {
    if (e.path === 'name') fields.name ??= 'cohorts.error.name';
    else if (e.path === 'centreId') fields.centreId ??= 'cohorts.error.centre';
  }
  if (clientErrors.length === 0 && error?.code === 'cohort_name_taken')
    fields.name = 'cohorts.error.nameTaken';
  let form: TranslationKey | null = null;
  if (clientErrors.length === 0 && error && Object.keys(fields).length === 0) {
    form = error.status === 404 ? 'cohorts.error.members' : error.messageKey;
  }
  return { fields, form };
}

/** Create or edit a group: its name and who is in it. Federation admins also choose the centre. */
@Component({
  selector: 'pa-cohort-edit-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-edit-page.component.html',
  styles: `
    .cohort-people {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
      max-height: 24rem;
      overflow-y: auto;
    }
    .cohort-members {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
      display: grid;
      gap: 0.5rem;
    }
    .cohort-members li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid #c9ced6;
    }
  `,
})
export class CohortEditPageComponent {
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly peopleApi = inject(PeopleApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Route parameter; absent on "nouveau". */
  readonly id = input<string | undefined>();
  /** Route data: a federation admin chooses the centre of a new group. */
  readonly acrossCentres = input(false);

  protected readonly roles = CENTRE_ROLES;
  protected readonly roleLabels = ROLE_LABEL_KEYS;

  protected readonly cohort = rxResource<Cohort | null, string | undefined>({
    params: () => this.id(),
    stream: ({ params: id }) => (id ? this.cohortsApi.get(id) : of(null)),
    defaultValue: null,
  });
  protected readonly loadErrorKey = errorKeyOf(this.cohort);
  protected readonly isNew = computed(() => !this.id());
  protected readonly asksForCentre = computed(() => this.isNew() && this.acrossCentres());
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.asksForCentre(),
    stream: ({ params: asks }) => (asks ? this.centresApi.list() : of([])),
    defaultValue: [],
  });

  protected readonly name = linkedSignal(() => this.currentCohort()?.name ?? '');
  protected readonly members = linkedSignal<readonly PersonRef[]>(() => this.currentCohort()?.members ?? []);
  protected readonly centreId = signal('');
  protected readonly memberIds = computed(() => new Set(this.members().map((m) => m.id)));

  /** Whose people can be searched: the centre chosen (new group) or the group's (federation admins). */
  private readonly searchCentre = computed<{ ready: boolean; centreId?: string }>(() => {
    if (!this.acrossCentres()) return { ready: true };
    const centreId = this.isNew() ? this.centreId() : this.currentCohort()?.centreId;
    return centreId ? { ready: true, centreId } : { ready: false };
  });
  protected readonly searchRole = signal<CentreRole | ''>('');
  protected readonly searchText = signal('');
  private readonly search = signal<{ q: string; role: CentreRole | '' }>({ q: '', role: '' });
  protected readonly people = rxResource({
    params: () => {
      const centre = this.searchCentre();
      return centre.ready ? { ...this.search(), centreId: centre.centreId } : undefined;
    },
    stream: ({ params }) =>
      this.peopleApi.list({
        q: params.q || undefined,
        role: params.role || undefined,
        centreId: params.centreId,
        pageSize: 100,
      }),
  });

  protected readonly saving = signal(false);
  protected readonly confirmingDelete = signal(false);
  private readonly serverError = signal<UiError | null>(null);
  private readonly clientErrors = signal<FieldError[]>([]);
  private readonly errors = computed(() => cohortErrorKeys(this.serverError(), this.clientErrors()));
  protected readonly fieldErrors = computed(() => this.errors().fields);
  protected readonly formErrorKey = computed(() => this.errors().form);
  protected readonly summaryItems = computed(() =>
    COHORT_FIELDS.flatMap((field) => {
      const key = this.fieldErrors()[field];
      return key ? [{ field, key, fieldId: `cohort-${field}` }] : [];
    }),
  );
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  private currentCohort(): Cohort | null {
    return this.cohort.hasValue() ? this.cohort.value() : null;
  }

  protected fullName(person: PersonRef): string {
    return `${person.firstName} ${person.lastName}`;
  }

  protected onRoleChange(value: string): void {
    this.searchRole.set(CENTRE_ROLES.find((r) => r === value) ?? '');
  }

  protected find(): void {
    this.search.set({ q: this.searchText().trim(), role: this.searchRole() });
  }

  protected toggle(person: Person, checked: boolean): void {
    this.members.update((list) => {
      const others = list.filter((m) => m.id !== person.id);
      return checked
        ? [...others, { id: person.id, firstName: person.firstName, lastName: person.lastName }]
        : others;
    });
  }

  /** The button goes with the person: focus moves to the list's heading, not to the page's top. */
  protected remove(person: PersonRef): void {
    this.members.update((list) => list.filter((m) => m.id !== person.id));
    this.document.getElementById('cohort-members-title')?.focus();
  }

  save(): void {
    if (this.saving()) return;
    this.serverError.set(null);
    const parsed = SaveCohortSchema.safeParse({
      name: this.name(),
      personIds: this.members().map((m) => m.id),
      centreId: this.asksForCentre() && this.centreId() ? this.centreId() : undefined,
    });
    const errors: FieldError[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
    if (this.asksForCentre() && !this.centreId()) {
      errors.push({ path: 'centreId', code: 'required', message: 'centreId' });
    }
    this.clientErrors.set(errors);
    if (errors.length > 0 || !parsed.success) {
      this.focusSummary();
      return;
    }
    this.send(parsed.data);
  }

  private send(body: SaveCohort): void {
    const id = this.id();
    this.saving.set(true);
    (id ? this.cohortsApi.update(id, body) : this.cohortsApi.create(body)).subscribe({
      next: (cohort) => {
        this.saving.set(false);
        this.backToList({ key: 'cohorts.saved', name: cohort.name });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.serverError.set(toUiError(error));
        this.focusSummary();
      },
    });
  }

  protected askDelete(): void {
    this.confirmingDelete.set(true);
    afterNextRender(() => this.document.getElementById('cohort-delete-text')?.focus(), {
      injector: this.injector,
    });
  }

  protected cancelDelete(): void {
    this.confirmingDelete.set(false);
    afterNextRender(() => this.document.getElementById('cohort-delete-button')?.focus(), {
      injector: this.injector,
    });
  }

  protected confirmDelete(): void {
    const cohort = this.currentCohort();
    if (!cohort || this.saving()) return;
    this.saving.set(true);
    this.serverError.set(null);
    this.cohortsApi.delete(cohort.id).subscribe({
      next: () => {
        this.saving.set(false);
        this.backToList({ key: 'cohorts.deleted', name: cohort.name });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.confirmingDelete.set(false);
        this.serverError.set(toUiError(error));
        this.focusSummary();
      },
    });
  }

  private backToList(cohortNotice: CohortNotice): void {
    void this.router.navigate(['..'], { relativeTo: this.route, state: { cohortNotice } });
  }

  private focusSummary(): void {
    afterNextRender(() => this.document.getElementById('cohort-error-summary')?.focus(), {
      injector: this.injector,
    });
  }
}
