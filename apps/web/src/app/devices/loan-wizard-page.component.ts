import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  ViewEncapsulation,
  afterNextRender,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ACCESSORIES, DEVICE_KINDS, type Campaign, type DeviceKind, type Loan } from '@passerelle/contracts';
import { map } from 'rxjs';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { PeopleApiService } from '../shared/api/people-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { AgreementSignComponent } from './agreement-sign.component';
import {
  ACCESSORY_LABEL_KEYS,
  DEVICE_KIND_LABEL_KEYS,
  type Accessory,
  type LoanKind,
  todayInParis,
} from './device-labels';
import {
  WIZARD_STEP_TITLE_KEYS,
  addMonths,
  kitAccessories,
  pairableLoans,
  stepErrors,
  toCreateKit,
  wizardSteps,
  type WizardDevice,
  type WizardDraft,
  type WizardField,
  type WizardRecipient,
  type WizardStep,
} from './loan-wizard';
import { PairingCodeComponent } from './pairing-code.component';

const SEARCH_PAGE_SIZE = 20;
const DEVICE_PAGE_SIZE = 50;
const DEFAULT_LOAN_MONTHS = 3;

type RecipientType = WizardRecipient['type'];

interface RecipientOption extends WizardRecipient {
  detail: string | null;
}

const FIELD_IDS: Readonly<Record<WizardField, string>> = {
  recipient: 'loan-recipient-search',
  devices: 'loan-device-search',
  dueOn: 'loan-dueOn',
};

/**
 * Lending or giving a kit, one decision per screen: who receives it, which devices (and loan or
 * gift), the handover checklist (which saves the kit), the agreement signed in person, and for a
 * senior's tablet the pairing code. Each step's heading takes the focus and is announced.
 */
@Component({
  selector: 'pa-loan-wizard-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    AgreementSignComponent,
    PairingCodeComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './loan-wizard-page.component.html',
  styleUrl: './loan-wizard.css',
})
export class LoanWizardPageComponent {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly equipmentApi = inject(EquipmentApiService);
  private readonly peopleApi = inject(PeopleApiService);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly today = todayInParis();
  protected readonly accessoryOptions = ACCESSORIES;
  protected readonly accessoryLabels = ACCESSORY_LABEL_KEYS;
  protected readonly deviceKinds = DEVICE_KINDS;
  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly stepTitles = WIZARD_STEP_TITLE_KEYS;

  /** The screen shown: a step, or the closing screen once everything is done. */
  readonly step = signal<WizardStep | 'done'>('recipient');

  // ─── Step 1: recipient ─────────────────────────────────────────────────────────────────────────────
  readonly recipientType = signal<RecipientType>('person');
  readonly recipient = signal<WizardRecipient | null>(null);
  protected readonly recipientText = signal('');
  private readonly recipientQuery = signal('');
  protected readonly recipientOptions = rxResource({
    params: () =>
      this.step() === 'recipient' ? { type: this.recipientType(), q: this.recipientQuery() } : undefined,
    stream: ({ params }) =>
      params.type === 'person'
        ? this.peopleApi.list({ role: 'senior', q: params.q || undefined, pageSize: SEARCH_PAGE_SIZE }).pipe(
            map((page) =>
              page.items.map<RecipientOption>((p) => ({
                type: 'person',
                id: p.id,
                name: `${p.firstName} ${p.lastName}`,
                detail: p.town,
              })),
            ),
          )
        : this.equipmentApi.households({ q: params.q || undefined, pageSize: SEARCH_PAGE_SIZE }).pipe(
            map((page) =>
              page.items.map<RecipientOption>((h) => ({
                type: 'household',
                id: h.id,
                name: h.name,
                detail: h.town,
              })),
            ),
          ),
  });

  // ─── Step 2: devices, loan or gift ─────────────────────────────────────────────────────────────────
  protected readonly deviceText = signal('');
  protected readonly deviceKindFilter = signal<DeviceKind | ''>('');
  private readonly deviceQuery = signal<{ q: string; kind: DeviceKind | '' }>({ q: '', kind: '' });
  protected readonly deviceOptions = rxResource({
    params: () => (this.step() === 'devices' ? this.deviceQuery() : undefined),
    stream: ({ params }) =>
      this.devicesApi.list({
        status: 'in_stock',
        q: params.q || undefined,
        kind: params.kind || undefined,
        pageSize: DEVICE_PAGE_SIZE,
      }),
  });
  readonly devices = signal<readonly WizardDevice[]>([]);
  protected readonly deviceIds = computed(() => new Set(this.devices().map((d) => d.id)));
  readonly kind = signal<LoanKind>('loan');
  readonly dueOn = signal(addMonths(this.today, DEFAULT_LOAN_MONTHS));
  readonly campaignId = signal('');
  private readonly campaignsResource = rxResource({
    params: () => (this.step() === 'devices' ? true : undefined),
    stream: () => this.equipmentApi.campaigns(),
  });
  /** Waves aimed at this kind of recipient (seniors or households). */
  protected readonly campaigns = computed<Campaign[]>(() => {
    const all = this.campaignsResource.hasValue() ? this.campaignsResource.value() : [];
    const audience = this.recipientType() === 'person' ? 'seniors' : 'households';
    return all.filter((c) => c.audience === audience || c.id === this.campaignId());
  });

  // ─── Step 3: handover checklist ────────────────────────────────────────────────────────────────────
  /** Pre-ticked from the chosen devices; ticked again from them whenever the kit changes. */
  readonly accessories = linkedSignal<readonly Accessory[]>(() => kitAccessories(this.devices()));
  readonly testedWorking = signal(false);
  readonly notes = signal('');
  protected readonly saving = signal(false);
  protected readonly saveErrorKey = signal<TranslationKey | null>(null);

  // ─── Steps 4 and 5: the saved kit ──────────────────────────────────────────────────────────────────
  readonly loans = signal<readonly Loan[]>([]);
  protected readonly kitId = computed(() => this.loans()[0]?.kitId ?? null);
  protected readonly agreementSigned = signal(false);
  protected readonly loansToPair = computed(() => pairableLoans(this.loans(), this.recipient()));

  readonly draft = computed<WizardDraft>(() => ({
    recipient: this.recipient(),
    devices: this.devices(),
    kind: this.kind(),
    dueOn: this.dueOn(),
    campaignId: this.campaignId(),
    accessories: this.accessories(),
    testedWorking: this.testedWorking(),
    notes: this.notes(),
  }));
  readonly steps = computed(() => wizardSteps(this.draft(), this.recipientType()));
  protected readonly stepNumber = computed(() => {
    const step = this.step();
    return step === 'done' ? this.steps().length : this.steps().indexOf(step) + 1;
  });
  protected readonly saved = computed(() => this.loans().length > 0);
  protected readonly stepTitleKey = computed<TranslationKey>(() => {
    const step = this.step();
    return step === 'done' ? 'loans.wizard.step.done' : WIZARD_STEP_TITLE_KEYS[step];
  });

  /** Errors are shown once the person tried to go on, then follow their corrections. */
  private readonly attempted = signal<WizardStep | null>(null);
  protected readonly fieldErrors = computed(() => {
    const step = this.step();
    return step !== 'done' && this.attempted() === step ? stepErrors(step, this.draft(), this.today) : {};
  });
  protected readonly summaryItems = computed(() =>
    (['recipient', 'devices', 'dueOn'] as const).flatMap((field) => {
      const key = this.fieldErrors()[field];
      return key ? [{ field, key, fieldId: FIELD_IDS[field] }] : [];
    }),
  );

  protected readonly announcement = computed(() => {
    const step = this.step();
    if (step === 'done') return this.i18n.translate('loans.wizard.step.done');
    return `${this.i18n.translate('loans.wizard.progress', {
      step: this.stepNumber(),
      count: this.steps().length,
    })} : ${this.i18n.translate(WIZARD_STEP_TITLE_KEYS[step])}`;
  });

  protected stepState(step: WizardStep): 'done' | 'current' | 'todo' {
    const current = this.step();
    if (current === 'done') return 'done';
    const steps = this.steps();
    const index = steps.indexOf(step);
    const currentIndex = steps.indexOf(current);
    return index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'todo';
  }

  protected formatDay(dateOnly: string): string {
    return formatDate(dateOnly, this.i18n.language());
  }

  protected deviceLabel(device: WizardDevice): string {
    return `${device.assetTag} — ${device.model} — ${this.i18n.translate(DEVICE_KIND_LABEL_KEYS[device.kind])}`;
  }

  // ─── Step 1 ───────────────────────────────────────────────────────────────────────────────────────

  protected chooseRecipientType(type: RecipientType): void {
    if (type === this.recipientType()) return;
    this.recipientType.set(type);
    this.recipient.set(null);
    this.recipientText.set('');
    this.recipientQuery.set('');
    this.campaignId.set('');
  }

  protected findRecipients(): void {
    this.recipientQuery.set(this.recipientText().trim());
  }

  protected chooseRecipient(option: RecipientOption): void {
    this.recipient.set({ type: option.type, id: option.id, name: option.name });
  }

  // ─── Step 2 ───────────────────────────────────────────────────────────────────────────────────────

  protected onKindFilter(value: string): void {
    this.deviceKindFilter.set(DEVICE_KINDS.find((k) => k === value) ?? '');
  }

  protected findDevices(): void {
    this.deviceQuery.set({ q: this.deviceText().trim(), kind: this.deviceKindFilter() });
  }

  toggleDevice(device: WizardDevice, checked: boolean): void {
    this.devices.update((list) => {
      const others = list.filter((d) => d.id !== device.id);
      if (!checked) return others;
      const { id, kind, model, assetTag, accessories } = device;
      return [...others, { id, kind, model, assetTag, accessories }];
    });
  }

  protected removeDevice(device: WizardDevice): void {
    this.toggleDevice(device, false);
    this.document.getElementById('loan-devices-chosen')?.focus();
  }

  protected chooseKind(kind: LoanKind): void {
    this.kind.set(kind);
  }

  // ─── Step 3 ───────────────────────────────────────────────────────────────────────────────────────

  protected toggleAccessory(accessory: Accessory, checked: boolean): void {
    this.accessories.update((list) =>
      checked ? [...list.filter((a) => a !== accessory), accessory] : list.filter((a) => a !== accessory),
    );
  }

  save(): void {
    if (this.saving() || this.saved()) return;
    this.saveErrorKey.set(null);
    this.saving.set(true);
    this.devicesApi.lend(toCreateKit(this.draft())).subscribe({
      next: (loans) => {
        this.saving.set(false);
        this.loans.set(loans);
        this.goTo('agreement');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const ui = toUiError(error);
        this.saveErrorKey.set(
          ui.code === 'device_unavailable' ? 'loans.error.device_unavailable' : ui.messageKey,
        );
        if (ui.code === 'device_unavailable') this.deviceOptions.reload();
        this.focusSummary();
      },
    });
  }

  // ─── Steps 4 and 5 ─────────────────────────────────────────────────────────────────────────────────

  protected onSigned(): void {
    this.agreementSigned.set(true);
  }

  // ─── Moving between steps ─────────────────────────────────────────────────────────────────────────

  /** Goes on when the step is complete; otherwise lists what is missing. */
  next(): void {
    const step = this.step();
    if (step === 'done') return;
    this.attempted.set(step);
    if (Object.keys(stepErrors(step, this.draft(), this.today)).length > 0) {
      this.focusSummary();
      return;
    }
    if (step === 'checklist') {
      this.save();
      return;
    }
    if (step === 'agreement' && this.loansToPair().length === 0) {
      this.goTo('done');
      return;
    }
    const steps = this.steps();
    this.goTo(steps[steps.indexOf(step) + 1] ?? 'done');
  }

  /** Back is offered until the kit is saved; after that the loan exists and the steps go forward. */
  previous(): void {
    const step = this.step();
    if (step === 'done' || this.saved()) return;
    const steps = this.steps();
    const before = steps[steps.indexOf(step) - 1];
    if (before) this.goTo(before);
  }

  /** Starts over for another recipient. */
  protected restart(): void {
    this.recipientType.set('person');
    this.recipient.set(null);
    this.recipientText.set('');
    this.recipientQuery.set('');
    this.devices.set([]);
    this.deviceText.set('');
    this.deviceKindFilter.set('');
    this.deviceQuery.set({ q: '', kind: '' });
    this.kind.set('loan');
    this.dueOn.set(addMonths(this.today, DEFAULT_LOAN_MONTHS));
    this.campaignId.set('');
    this.testedWorking.set(false);
    this.notes.set('');
    this.loans.set([]);
    this.agreementSigned.set(false);
    this.goTo('recipient');
  }

  private goTo(step: WizardStep | 'done'): void {
    this.attempted.set(null);
    this.saveErrorKey.set(null);
    this.step.set(step);
    afterNextRender(() => this.document.getElementById('loan-step-heading')?.focus(), {
      injector: this.injector,
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.document.getElementById('loan-error-summary')?.focus(), {
      injector: this.injector,
    });
  }
}
