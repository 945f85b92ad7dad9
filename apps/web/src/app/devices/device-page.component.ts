import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  ViewEncapsulation,
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
import { ExtendLoanSchema, type Agreement, type Device, type Loan } from '@passerelle/contracts';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { type UiError, toUiError, errorKeyOf } from '../shared/errors/error-message';
import { saveFile } from '../shared/files/save-file';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { type TranslationParams, TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { CREATED_ASSET_TAG_STATE } from './device-create-page.component';
import { DeviceFormComponent, type DeviceFormSubmit, deviceErrorKey } from './device-form.component';
import {
  ACCESSORY_LABEL_KEYS,
  DEVICE_CONDITION_LABEL_KEYS,
  DEVICE_KIND_LABEL_KEYS,
  DEVICE_STATUS_LABEL_KEYS,
  LOAN_KIND_LABEL_KEYS,
  daysLate,
  formatDateTime,
  deviceEventSentence,
  deviceStatusTone,
  returnIssueLabel,
  todayInParis,
} from './device-labels';
import { DeviceLearningComponent } from './device-learning.component';

interface Notice {
  key: TranslationKey;
  params?: TranslationParams;
}

/**
 * One device for coordinators and federation admins: its details, who has it, its return or
 * extension, what happened to it, its loans, signed agreements and what was learned on it.
 */
@Component({
  selector: 'pa-device-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    LoadingComponent,
    DeviceFormComponent,
    DeviceLearningComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './device-page.component.html',
  styleUrl: './devices.css',
})
export class DevicePageComponent {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(TranslationService);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Route data: federation admins see the devices of every centre. */
  readonly acrossCentres = input(false);

  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly statusLabels = DEVICE_STATUS_LABEL_KEYS;
  protected readonly accessoryLabels = ACCESSORY_LABEL_KEYS;
  protected readonly conditionLabels = DEVICE_CONDITION_LABEL_KEYS;
  protected readonly loanKindLabels = LOAN_KIND_LABEL_KEYS;
  protected readonly tone = deviceStatusTone;
  protected readonly today = todayInParis();

  protected readonly device = rxResource<Device, string>({
    params: () => this.id(),
    stream: ({ params: id }) => this.devicesApi.get(id),
  });
  protected readonly history = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.devicesApi.history(id),
  });
  protected readonly loans = rxResource({
    params: () => this.id(),
    stream: ({ params: deviceId }) => this.devicesApi.loans({ status: 'all', deviceId }),
  });
  protected readonly agreements = rxResource({
    params: () => this.id(),
    stream: ({ params: deviceId }) => this.devicesApi.agreements({ deviceId }),
  });

  protected readonly loadErrorKey = errorKeyOf(this.device);
  protected readonly detail = computed(() => (this.device.hasValue() ? this.device.value() : null));
  protected readonly currentLoan = computed(() => this.detail()?.currentLoan ?? null);
  protected readonly lateDays = computed(() => daysLate(this.currentLoan()?.dueOn ?? null, this.today));
  protected readonly lateText = computed(() => this.i18n.plural('device.overdueDays', this.lateDays()));
  protected readonly accessoriesText = computed(() => {
    const device = this.detail();
    if (!device || device.accessories.length === 0) return this.i18n.translate('device.noAccessories');
    return device.accessories.map((a) => this.i18n.translate(ACCESSORY_LABEL_KEYS[a])).join(', ');
  });
  protected readonly events = computed(() =>
    (this.history.hasValue() ? this.history.value() : []).map((event) => ({
      id: event.id,
      at: event.at,
      byName: event.byName,
      sentence: deviceEventSentence(
        event,
        (key, params) => this.i18n.translate(key, params),
        (date) => this.date(date),
      ),
    })),
  );
  /** The list may hold a kit's agreement not signed yet: only signed ones are shown here. */
  protected readonly signedAgreements = computed(() =>
    this.agreements.hasValue() ? this.agreements.value().filter((a) => a.signed && a.id) : [],
  );
  protected readonly sectionError = (error: unknown): TranslationKey => toUiError(error).messageKey;

  /** Set by the create page so the new device's page confirms the creation. */
  private readonly createdAssetTag: unknown =
    inject(Router).currentNavigation()?.extras.state?.[CREATED_ASSET_TAG_STATE];

  // Page state starts afresh when another device is opened in the same component.
  protected readonly editing = linkedSignal({ source: this.id, computation: () => false });
  protected readonly extending = linkedSignal({ source: this.id, computation: () => false });
  protected readonly notice = linkedSignal<string, Notice | null>({
    source: this.id,
    computation: (_id, previous) =>
      previous === undefined && typeof this.createdAssetTag === 'string'
        ? { key: 'device.created', params: { assetTag: this.createdAssetTag } }
        : null,
  });
  protected readonly actionError = linkedSignal<string, TranslationKey | null>({
    source: this.id,
    computation: () => null,
  });
  protected readonly saving = signal(false);
  protected readonly saveError = signal<UiError | null>(null);
  protected readonly printing = signal(false);
  protected readonly extendDueOn = signal('');
  protected readonly extendError = signal<TranslationKey | null>(null);

  private readonly editForm = viewChild(DeviceFormComponent);

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.language());
  }

  protected issues(loan: Loan): string[] {
    return loan.returnIssues.map((issue) => returnIssueLabel(issue, (key) => this.i18n.translate(key)));
  }

  protected startEdit(): void {
    this.clearMessages();
    this.saveError.set(null);
    this.editing.set(true);
    this.focusAfterRender('device-edit-title');
  }

  protected cancelEdit(): void {
    this.editing.set(false);
    this.focusAfterRender('device-edit-button');
  }

  protected save(event: DeviceFormSubmit): void {
    if (event.mode !== 'edit') return;
    this.saving.set(true);
    this.saveError.set(null);
    this.devicesApi.update(this.id(), event.body).subscribe({
      next: (device) => {
        this.saving.set(false);
        this.device.set(device);
        this.history.reload();
        this.editing.set(false);
        this.notice.set({ key: 'device.saved' });
        this.focusAfterRender('device-edit-button');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(toUiError(error));
        this.editForm()?.focusSummary();
      },
    });
  }

  protected startExtend(): void {
    this.clearMessages();
    this.extendError.set(null);
    this.extendDueOn.set(this.currentLoan()?.dueOn ?? '');
    this.extending.set(true);
    this.focusAfterRender('device-extend-dueOn');
  }

  protected cancelExtend(): void {
    this.extending.set(false);
    this.focusAfterRender('device-extend-button');
  }

  protected extend(): void {
    const loan = this.currentLoan();
    if (!loan || this.saving()) return;
    const parsed = ExtendLoanSchema.safeParse({ dueOn: this.extendDueOn() });
    if (!parsed.success || parsed.data.dueOn < loan.startedOn) {
      this.extendError.set('device.extend.error');
      this.focusAfterRender('device-extend-dueOn');
      return;
    }
    this.extendError.set(null);
    this.saving.set(true);
    this.devicesApi.extendLoan(loan.id, parsed.data).subscribe({
      next: (kit) => {
        this.saving.set(false);
        this.extending.set(false);
        const dueOn = kit.find((l) => l.deviceId === this.id())?.dueOn ?? parsed.data.dueOn;
        this.notice.set({ key: 'device.extended', params: { date: this.date(dueOn) } });
        this.device.reload();
        this.history.reload();
        this.loans.reload();
        this.focusAfterRender('device-notice');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const ui = toUiError(error);
        const aboutDate = ui.fieldErrors.some((e) => e.path === 'dueOn');
        this.extendError.set(aboutDate ? 'device.extend.error' : deviceErrorKey(ui));
        this.focusAfterRender('device-extend-dueOn');
      },
    });
  }

  protected printLabel(): void {
    const device = this.detail();
    if (!device || this.printing()) return;
    this.clearMessages();
    this.printing.set(true);
    this.devicesApi.labelsPdf({ ids: [device.id] }).subscribe({
      next: (blob) => {
        this.printing.set(false);
        saveFile(this.document, blob, `etiquette-${device.assetTag}.pdf`);
        this.notice.set({ key: 'device.labelReady' });
      },
      error: (error: unknown) => {
        this.printing.set(false);
        this.actionError.set(toUiError(error).messageKey);
      },
    });
  }

  protected downloadAgreement(agreement: Agreement): void {
    if (!agreement.id) return;
    this.clearMessages();
    this.devicesApi.agreementPdf(agreement.id).subscribe({
      next: (blob) => saveFile(this.document, blob, `convention-${agreement.assetTags.join('-')}.pdf`),
      error: (error: unknown) => this.actionError.set(toUiError(error).messageKey),
    });
  }

  private clearMessages(): void {
    this.notice.set(null);
    this.actionError.set(null);
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
