import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ViewEncapsulation,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  type OnInit,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DEVICE_KINDS,
  DEVICE_STATUSES,
  PAGE_SIZE_DEFAULT,
  type CentreSummary,
  type Device,
  type DeviceKind,
  type DeviceStatus,
  type Paginated,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { DevicesApiService, type DevicesListQuery } from '../shared/api/devices-api.service';
import { toUiError } from '../shared/errors/error-message';
import { saveFile } from '../shared/files/save-file';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { PaginationComponent } from '../shared/ui/pagination.component';
import {
  DEVICE_KIND_LABEL_KEYS,
  DEVICE_STATUS_LABEL_KEYS,
  deviceStatusTone,
  todayInParis,
} from './device-labels';

export const SEARCH_DEBOUNCE_MS = 300;

function pick<T extends string>(values: readonly T[], value: string): T | '' {
  return values.find((v) => v === value) ?? '';
}

/**
 * The inventory of one centre (coordinator) or of every centre (federation admin, `acrossCentres`):
 * search, filters, pages, who has each device, and QR labels for what is listed.
 */
@Component({
  selector: 'pa-device-list-page',
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
  encapsulation: ViewEncapsulation.None,
  templateUrl: './device-list-page.component.html',
  styleUrl: './devices.css',
})
export class DeviceListPageComponent implements OnInit {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(TranslationService);

  /** Route data: show the centre filter (federation area). */
  readonly acrossCentres = input(false);
  /** Query parameter `statut`: start filtered on one status (links from dashboards). */
  readonly statut = input<string | undefined>();

  protected readonly kinds = DEVICE_KINDS;
  protected readonly statuses = DEVICE_STATUSES;
  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly statusLabels = DEVICE_STATUS_LABEL_KEYS;
  protected readonly tone = deviceStatusTone;
  protected readonly today = todayInParis();

  protected readonly searchText = signal('');
  private readonly q = signal('');
  protected readonly kind = signal<DeviceKind | ''>('');
  protected readonly status = signal<DeviceStatus | ''>('');
  protected readonly centreId = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = PAGE_SIZE_DEFAULT;

  protected readonly printing = signal(false);
  protected readonly printNotice = signal<TranslationKey | null>(null);
  protected readonly printError = signal<TranslationKey | null>(null);

  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** The filters without the page: also what the labels PDF is asked for. */
  private readonly filters = computed(() => ({
    q: this.q() || undefined,
    kind: this.kind() || undefined,
    status: this.status() || undefined,
    centreId: this.acrossCentres() ? this.centreId() || undefined : undefined,
  }));
  private readonly query = computed<DevicesListQuery>(() => ({
    ...this.filters(),
    page: this.page(),
    pageSize: this.pageSize,
  }));

  protected readonly devices = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.devicesApi.list(params),
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
    const error = this.devices.error();
    return error ? toUiError(error).messageKey : null;
  });
  /** The last page received, kept on screen while the next one loads so the table does not flicker. */
  protected readonly result = linkedSignal<
    { value: Paginated<Device> | null; loading: boolean },
    Paginated<Device> | null
  >({
    source: () => ({
      value: this.devices.hasValue() ? this.devices.value() : null,
      loading: this.devices.isLoading(),
    }),
    computation: (current, previous) => current.value ?? (current.loading ? (previous?.value ?? null) : null),
  });
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly countText = computed(() => this.i18n.plural('devices.count', this.total()));

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  ngOnInit(): void {
    const status = this.statut();
    if (status) this.status.set(pick(DEVICE_STATUSES, status));
  }

  protected isOverdue(device: Device): boolean {
    const dueOn = device.currentLoan?.dueOn;
    return !!dueOn && dueOn < this.today;
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
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

  protected onKindChange(value: string): void {
    this.kind.set(pick(DEVICE_KINDS, value));
    this.page.set(1);
  }

  protected onStatusChange(value: string): void {
    this.status.set(pick(DEVICE_STATUSES, value));
    this.page.set(1);
  }

  protected onCentreChange(value: string): void {
    this.centreId.set(value);
    this.page.set(1);
  }

  protected goToPage(page: number): void {
    this.page.set(page);
  }

  /** Labels for every device the current search and filters find, not only this page. */
  protected printLabels(): void {
    if (this.printing()) return;
    this.printing.set(true);
    this.printNotice.set(null);
    this.printError.set(null);
    this.devicesApi.labelsPdf(this.filters()).subscribe({
      next: (blob) => {
        this.printing.set(false);
        saveFile(this.document, blob, 'etiquettes-appareils.pdf');
        this.printNotice.set('devices.labelsReady');
      },
      error: (error: unknown) => {
        this.printing.set(false);
        this.printError.set(toUiError(error).messageKey);
      },
    });
  }
}
