import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnInit,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  CENTRE_ROLES,
  PAGE_SIZE_DEFAULT,
  type CentreRole,
  type CentreSummary,
  type Paginated,
  type Person,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { PeopleApiService, type PeopleListQuery } from '../shared/api/people-api.service';
import { toUiError } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { PaginationComponent } from '../shared/ui/pagination.component';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';

export type StatusFilter = 'active' | 'inactive' | 'all';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The people of one centre (coordinator) or of every centre (federation admin, `acrossCentres`),
 * with search, filters and pages. One component for both areas.
 */
@Component({
  selector: 'pa-people-list-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    PaginationComponent,
    EmptyStateComponent,
    LoadingComponent,
    AlertComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-list-page.component.html',
})
export class PeopleListPageComponent implements OnInit {
  private readonly peopleApi = inject(PeopleApiService);
  private readonly centresApi = inject(CentresApiService);
  protected readonly i18n = inject(TranslationService);

  /** Route data: show the centre column and filter (federation area). */
  readonly acrossCentres = input(false);
  /** Query parameter `centre`: start filtered on one centre (links from the federation overview). */
  readonly centre = input<string | undefined>();

  protected readonly roles = CENTRE_ROLES;
  protected readonly roleLabels = ROLE_LABEL_KEYS;
  protected readonly searchText = signal('');
  private readonly q = signal('');
  protected readonly role = signal<CentreRole | ''>('');
  protected readonly status = signal<StatusFilter>('active');
  protected readonly centreId = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = PAGE_SIZE_DEFAULT;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly query = computed<PeopleListQuery>(() => ({
    q: this.q() || undefined,
    role: this.role() || undefined,
    status: this.status(),
    centreId: this.acrossCentres() ? this.centreId() || undefined : undefined,
    page: this.page(),
    pageSize: this.pageSize,
  }));

  protected readonly people = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.peopleApi.list(params),
  });
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });

  protected readonly errorKey = computed(() => {
    const error = this.people.error();
    return error ? toUiError(error).messageKey : null;
  });
  /** The last page received, kept on screen while the next one loads so the table does not flicker. */
  protected readonly result = linkedSignal<
    { value: Paginated<Person> | null; loading: boolean },
    Paginated<Person> | null
  >({
    source: () => ({
      value: this.people.hasValue() ? this.people.value() : null,
      loading: this.people.isLoading(),
    }),
    computation: (current, previous) => current.value ?? (current.loading ? (previous?.value ?? null) : null),
  });
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly countText = computed(() => this.i18n.plural('people.count', this.total()));

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  ngOnInit(): void {
    const centre = this.centre();
    if (centre) this.centreId.set(centre);
  }

  protected onSearchInput(value: string): void {
    this.searchText.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the search box (form submit) searches at once. */
  protected applySearch(): void {
    clearTimeout(this.searchTimer);
    this.q.set(this.searchText().trim());
    this.page.set(1);
  }

  protected onRoleChange(value: string): void {
    this.role.set(value === '' ? '' : (CENTRE_ROLES.find((r) => r === value) ?? ''));
    this.page.set(1);
  }

  protected onStatusChange(value: string): void {
    this.status.set(value === 'inactive' || value === 'all' ? value : 'active');
    this.page.set(1);
  }

  protected onCentreChange(value: string): void {
    this.centreId.set(value);
    this.page.set(1);
  }

  protected goToPage(page: number): void {
    this.page.set(page);
  }
}
