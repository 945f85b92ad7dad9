import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ViewEncapsulation,
  computed,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  DEVICE_KINDS,
  DEVICE_STATUSES,
  type Device,
  type DeviceKind,
  type DeviceStatus,
} from '@passerelle/contracts';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { toUiError } from '../shared/errors/error-message';
import { saveFile } from '../shared/files/save-file';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { centreChoices } from '../shared/ui/centre-choices';
import { listSearch, pagedList } from '../shared/ui/paged-list';
import { PagedResultsComponent } from '../shared/ui/paged-results.component';
import {
  DEVICE_KIND_LABEL_KEYS,
  DEVICE_STATUS_LABEL_KEYS,
  deviceStatusTone,
  todayInParis,
} from './device-labels';

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
    PagedResultsComponent,
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

  protected readonly search = listSearch();
  protected readonly kind = signal<DeviceKind | ''>('');
  protected readonly status = signal<DeviceStatus | ''>('');
  protected readonly centreId = signal('');

  protected readonly printing = signal(false);
  protected readonly printNotice = signal<TranslationKey | null>(null);
  protected readonly printError = signal<TranslationKey | null>(null);

  /** The filters without the page: also what the labels PDF is asked for. */
  private readonly filters = computed(() => ({
    q: this.search.q() || undefined,
    kind: this.kind() || undefined,
    status: this.status() || undefined,
    centreId: this.acrossCentres() ? this.centreId() || undefined : undefined,
  }));
  protected readonly devices = pagedList({
    filters: this.filters,
    load: (query) => this.devicesApi.list(query),
  });
  private readonly centreChoices = centreChoices(() => this.acrossCentres());
  protected readonly centres = this.centreChoices.centres;
  protected readonly centreNames = this.centreChoices.names;

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

  protected onKindChange(value: string): void {
    this.kind.set(pick(DEVICE_KINDS, value));
  }

  protected onStatusChange(value: string): void {
    this.status.set(pick(DEVICE_STATUSES, value));
  }

  protected onCentreChange(value: string): void {
    this.centreId.set(value);
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
