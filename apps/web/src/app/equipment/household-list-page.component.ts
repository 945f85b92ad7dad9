import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PAGE_SIZE_DEFAULT, type CentreSummary, type Household, type Paginated } from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { EquipmentApiService, type HouseholdListQuery } from '../shared/api/equipment-api.service';
import { toUiError } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { PaginationComponent } from '../shared/ui/pagination.component';

export const HOUSEHOLD_SEARCH_DEBOUNCE_MS = 300;

/** The households of one centre (coordinator) or of every centre (federation admin), with search and pages. */
@Component({
  selector: 'pa-household-list-page',
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
  templateUrl: './household-list-page.component.html',
})
export class HouseholdListPageComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly i18n = inject(TranslationService);

  /** Route data: every centre's households, with a centre filter and column (federation area). */
  readonly acrossCentres = input(false);

  protected readonly searchText = signal('');
  private readonly q = signal('');
  protected readonly centreId = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = PAGE_SIZE_DEFAULT;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly query = computed<HouseholdListQuery>(() => ({
    q: this.q() || undefined,
    centreId: this.acrossCentres() ? this.centreId() || undefined : undefined,
    page: this.page(),
    pageSize: this.pageSize,
  }));
  protected readonly households = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.households(params),
  });
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  protected readonly centreNames = computed(
    () => new Map(this.centres.value().map((c) => [c.id, c.name] as const)),
  );
  protected readonly errorKey = computed(() => {
    const error = this.households.error();
    return error ? toUiError(error).messageKey : null;
  });
  /** The last page received, kept on screen while the next one loads so the table does not flicker. */
  protected readonly result = linkedSignal<
    { value: Paginated<Household> | null; loading: boolean },
    Paginated<Household> | null
  >({
    source: () => ({
      value: this.households.hasValue() ? this.households.value() : null,
      loading: this.households.isLoading(),
    }),
    computation: (current, previous) => current.value ?? (current.loading ? (previous?.value ?? null) : null),
  });
  protected readonly countText = computed(() => {
    const count = this.result()?.total ?? 0;
    const one = new Intl.PluralRules(this.i18n.language()).select(count) === 'one';
    return this.i18n.translate(one ? 'households.count.one' : 'households.count.other', { count });
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected onSearchInput(value: string): void {
    this.searchText.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), HOUSEHOLD_SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the search box (form submit) searches at once. */
  protected applySearch(): void {
    clearTimeout(this.searchTimer);
    this.q.set(this.searchText().trim());
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
