import {
  ChangeDetectionStrategy,
  ViewEncapsulation,
  Component,
  computed,
  inject,
  input,
  signal,
  type WritableSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { EnrolResult, Person } from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { CohortsApiService } from '../shared/api/cohorts-api.service';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { PeopleApiService } from '../shared/api/people-api.service';
import { toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';
import { ENROLMENT_STATUS_LABEL_KEYS } from './authoring-labels';

type LearnerRole = 'senior' | 'volunteer';

/** "3 personnes inscrites, 1 déjà inscrite": each part in the singular or plural it needs. */
export function enrolResultText(i18n: TranslationService, enrolled: number, already: number): string {
  // French says "0 personne inscrite", English "0 people enrolled": follow the language's plural rules.
  const rules = new Intl.PluralRules(i18n.language());
  const part = (count: number, one: TranslationKey, other: TranslationKey) =>
    i18n.translate(rules.select(count) === 'one' ? one : other, { count });
  const first = part(enrolled, 'authoring.enrol.result.one', 'authoring.enrol.result.other');
  return already > 0
    ? `${first}, ${part(already, 'authoring.enrol.already.one', 'authoring.enrol.already.other')}`
    : first;
}

/** Enrol people in a course and follow who has finished it. */
@Component({
  selector: 'pa-course-tracking-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './authoring.css',
  templateUrl: './course-tracking-page.component.html',
})
export class CourseTrackingPageComponent {
  private readonly coursesApi = inject(CoursesApiService);
  private readonly peopleApi = inject(PeopleApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  protected readonly i18n = inject(TranslationService);

  /** Route parameter. */
  readonly id = input.required<string>();
  readonly library = input(false);

  protected readonly statusLabels = ENROLMENT_STATUS_LABEL_KEYS;
  protected readonly roleLabels = ROLE_LABEL_KEYS;

  protected readonly courses = rxResource({ stream: () => this.coursesApi.list() });
  protected readonly course = computed(() => this.courses.value()?.find((c) => c.id === this.id()) ?? null);
  protected readonly learners = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.coursesApi.learners(params),
  });
  protected readonly learnersErrorKey = errorKeyOf(this.learners);

  protected readonly role = signal<LearnerRole>('senior');
  protected readonly searchText = signal('');
  private readonly search = signal<{ role: LearnerRole; q: string } | null>(null);
  protected readonly people = rxResource({
    params: () => this.search() ?? undefined,
    stream: ({ params }) =>
      this.peopleApi.list({ role: params.role, q: params.q || undefined, pageSize: 100 }),
  });
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly enrolling = signal(false);
  protected readonly result = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  protected readonly cohorts = rxResource({ stream: () => this.cohortsApi.list() });
  protected readonly cohortId = signal('');
  protected readonly enrollingCohort = signal(false);
  protected readonly cohortResult = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  /** Dates in the reader's language, without the Angular locale data (not loaded in this app). */
  protected longDate(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), { dateStyle: 'long' }).format(new Date(iso));
  }

  protected onRoleChange(value: string): void {
    this.role.set(value === 'volunteer' ? 'volunteer' : 'senior');
  }

  protected find(): void {
    this.result.set(null);
    this.search.set({ role: this.role(), q: this.searchText().trim() });
  }

  protected toggle(person: Person, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(person.id);
      else next.delete(person.id);
      return next;
    });
  }

  protected enrol(): void {
    const ids = [...this.selected()];
    if (ids.length === 0) {
      this.result.set({ kind: 'error', text: this.i18n.translate('authoring.enrol.noneSelected') });
      return;
    }
    this.enrolling.set(true);
    this.send(this.coursesApi.enrol(this.id(), ids), this.enrolling, this.result, () =>
      this.selected.set(new Set()),
    );
  }

  /** Enrols every member of the chosen group, with the same result message as for people. */
  protected enrolCohort(): void {
    const cohortId = this.cohortId();
    if (!cohortId) {
      this.cohortResult.set({
        kind: 'error',
        text: this.i18n.translate('authoring.enrolCohort.noneSelected'),
      });
      return;
    }
    this.enrollingCohort.set(true);
    this.send(this.coursesApi.enrolCohort(this.id(), cohortId), this.enrollingCohort, this.cohortResult);
  }

  private send(
    call: Observable<EnrolResult>,
    busy: WritableSignal<boolean>,
    result: WritableSignal<{ kind: 'success' | 'error'; text: string } | null>,
    onSuccess?: () => void,
  ): void {
    call.subscribe({
      next: (outcome) => {
        busy.set(false);
        onSuccess?.();
        result.set({
          kind: 'success',
          text: enrolResultText(this.i18n, outcome.enrolled, outcome.alreadyEnrolled),
        });
        this.learners.reload();
      },
      error: (error: unknown) => {
        busy.set(false);
        result.set({ kind: 'error', text: this.i18n.translate(toUiError(error).messageKey) });
      },
    });
  }
}
