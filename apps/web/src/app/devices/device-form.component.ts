import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  type OnInit,
  ViewEncapsulation,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  ACCESSORIES,
  CreateDeviceSchema,
  DEVICE_CONDITIONS,
  DEVICE_KINDS,
  MANUAL_DEVICE_STATUSES,
  UpdateDeviceSchema,
  type CentreSummary,
  type CreateDevice,
  type Device,
  type DeviceKind,
  type FieldError,
  type UpdateDevice,
} from '@passerelle/contracts';
import type { z } from 'zod';
import type { UiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import {
  ACCESSORY_LABEL_KEYS,
  DEVICE_CONDITION_LABEL_KEYS,
  DEVICE_KIND_LABEL_KEYS,
  DEVICE_STATUS_LABEL_KEYS,
  type Accessory,
  type DeviceCondition,
} from './device-labels';

export type DeviceFormSubmit = { mode: 'create'; body: CreateDevice } | { mode: 'edit'; body: UpdateDevice };
type ManualStatus = (typeof MANUAL_DEVICE_STATUSES)[number];

export const DEVICE_FIELDS = [
  'centreId',
  'kind',
  'model',
  'serialNumber',
  'assetTag',
  'fundingSource',
  'accessories',
  'condition',
  'status',
  'notes',
] as const;
export type DeviceField = (typeof DEVICE_FIELDS)[number];

/** "accessories.2" belongs to the accessories field. */
function fieldOf(path: string): DeviceField | null {
  const head = path.split('.')[0] ?? '';
  return (DEVICE_FIELDS as readonly string[]).includes(head) ? (head as DeviceField) : null;
}

/** One plain sentence per field, whatever rule the value broke (client-side zod or the API's). */
export function deviceFieldMessageKey(field: DeviceField, error: FieldError): TranslationKey {
  if (field === 'assetTag' && error.code === 'asset_tag_taken') return 'device.error.assetTagTaken';
  return `device.error.${field}`;
}

/** The API's domain errors that are about one field. */
function withDomainFieldErrors(error: UiError | null): FieldError[] {
  if (!error) return [];
  if (error.code === 'asset_tag_taken' && !error.fieldErrors.some((e) => fieldOf(e.path) === 'assetTag')) {
    return [...error.fieldErrors, { path: 'assetTag', code: 'asset_tag_taken', message: '' }];
  }
  return error.fieldErrors;
}

/** A domain error code the device screens explain in their own words. */
export function deviceErrorKey(error: UiError): TranslationKey {
  switch (error.code) {
    case 'asset_tag_taken':
      return 'device.error.assetTagTaken';
    case 'device_on_loan':
      return 'device.error.device_on_loan';
    case 'device_unavailable':
      return 'device.error.device_unavailable';
    case 'loan_already_returned':
      return 'device.error.loan_already_returned';
    default:
      return error.messageKey;
  }
}

function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

/** Add or edit a device. The status can be set by hand only while the device is neither lent nor given. */
@Component({
  selector: 'pa-device-form',
  imports: [ErrorSummaryComponent, ReactiveFormsModule, TranslatePipe, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './device-form.component.html',
  styleUrl: './devices.css',
})
export class DeviceFormComponent implements OnInit {
  private readonly injector = inject(Injector);

  readonly mode = input.required<'create' | 'edit'>();
  /** The device being edited (edit mode). */
  readonly device = input<Device | null>(null);
  /** When given (federation admin adding a device), the form asks for the centre. */
  readonly centres = input<readonly CentreSummary[] | null>(null);
  readonly busy = input(false);
  readonly serverError = input<UiError | null>(null);
  readonly submitLabel = input.required<TranslationKey>();
  readonly showCancel = input(false);

  readonly submitted = output<DeviceFormSubmit>();
  readonly cancelled = output<void>();

  protected readonly kinds = DEVICE_KINDS;
  protected readonly accessories = ACCESSORIES;
  protected readonly conditions = DEVICE_CONDITIONS;
  protected readonly manualStatuses = MANUAL_DEVICE_STATUSES;
  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly accessoryLabels = ACCESSORY_LABEL_KEYS;
  protected readonly conditionLabels = DEVICE_CONDITION_LABEL_KEYS;
  protected readonly statusLabels = DEVICE_STATUS_LABEL_KEYS;

  protected readonly form = new FormGroup({
    centreId: new FormControl('', { nonNullable: true }),
    kind: new FormControl<DeviceKind>('tablet', { nonNullable: true }),
    model: new FormControl('', { nonNullable: true }),
    serialNumber: new FormControl('', { nonNullable: true }),
    assetTag: new FormControl('', { nonNullable: true }),
    fundingSource: new FormControl('', { nonNullable: true }),
    charger: new FormControl(false, { nonNullable: true }),
    cable: new FormControl(false, { nonNullable: true }),
    case: new FormControl(false, { nonNullable: true }),
    stylus: new FormControl(false, { nonNullable: true }),
    sim: new FormControl(false, { nonNullable: true }),
    box: new FormControl(false, { nonNullable: true }),
    condition: new FormControl<DeviceCondition>('good', { nonNullable: true }),
    status: new FormControl<ManualStatus>('in_stock', { nonNullable: true }),
    notes: new FormControl('', { nonNullable: true }),
  });

  protected readonly asksForCentre = computed(() => this.mode() === 'create' && this.centres() !== null);
  /** Lent or given: the status follows the loan and is not offered here. */
  protected readonly statusLocked = computed(() => {
    const status = this.device()?.status;
    return status === 'on_loan' || status === 'given';
  });

  private readonly clientErrors = signal<FieldError[]>([]);
  private readonly fieldErrors = computed(() =>
    this.clientErrors().length > 0 ? this.clientErrors() : withDomainFieldErrors(this.serverError()),
  );
  /** First message per field, shown next to it and linked from the summary. */
  protected readonly errorKeys = computed(() => {
    const keys: Partial<Record<DeviceField, TranslationKey>> = {};
    for (const error of this.fieldErrors()) {
      const field = fieldOf(error.path);
      if (field && !keys[field]) keys[field] = deviceFieldMessageKey(field, error);
    }
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    DEVICE_FIELDS.flatMap((field) => {
      const key = this.errorKeys()[field];
      return key ? [{ field, key, fieldId: `device-${field}` }] : [];
    }),
  );
  /** The general message, unless the field messages already say it all. */
  protected readonly formErrorKey = computed(() => {
    if (this.clientErrors().length > 0) return null;
    const error = this.serverError();
    if (!error) return null;
    return this.summaryItems().length > 0 ? null : deviceErrorKey(error);
  });
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  private readonly summary = viewChild(ErrorSummaryComponent);

  ngOnInit(): void {
    const device = this.device();
    if (!device) return;
    const has = (a: Accessory) => device.accessories.includes(a);
    this.form.patchValue({
      kind: device.kind,
      model: device.model,
      serialNumber: device.serialNumber ?? '',
      assetTag: device.assetTag,
      fundingSource: device.fundingSource ?? '',
      charger: has('charger'),
      cable: has('cable'),
      case: has('case'),
      stylus: has('stylus'),
      sim: has('sim'),
      box: has('box'),
      condition: device.condition,
      status: MANUAL_DEVICE_STATUSES.find((s) => s === device.status) ?? 'in_stock',
      notes: device.notes ?? '',
    });
  }

  /** Called by the parent when the API rejected the form, so the summary is read out first. */
  focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.busy()) return;
    const result = this.mode() === 'create' ? this.validateCreate() : this.validateEdit();
    if (result.errors.length > 0 || !result.submit) {
      this.clientErrors.set(result.errors);
      this.focusSummary();
      return;
    }
    this.clientErrors.set([]);
    this.submitted.emit(result.submit);
  }

  private commonValues() {
    const v = this.form.getRawValue();
    return {
      kind: v.kind,
      model: v.model,
      serialNumber: v.serialNumber,
      // Left empty: generated on create, unchanged on edit.
      assetTag: v.assetTag.trim() === '' ? undefined : v.assetTag,
      fundingSource: v.fundingSource,
      accessories: ACCESSORIES.filter((a) => v[a]),
      condition: v.condition,
      notes: v.notes,
    };
  }

  private validateCreate(): { errors: FieldError[]; submit?: DeviceFormSubmit } {
    const centreId = this.form.controls.centreId.value;
    const parsed = CreateDeviceSchema.safeParse({
      ...this.commonValues(),
      centreId: this.asksForCentre() && centreId !== '' ? centreId : undefined,
    });
    const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    if (this.asksForCentre() && centreId === '' && !errors.some((e) => e.path === 'centreId')) {
      errors.push({ path: 'centreId', code: 'required', message: 'centreId' });
    }
    if (errors.length > 0 || !parsed.success) return { errors };
    return { errors, submit: { mode: 'create', body: parsed.data } };
  }

  private validateEdit(): { errors: FieldError[]; submit?: DeviceFormSubmit } {
    const status = this.form.controls.status.value;
    // The API refuses any status while the device is lent, even an unchanged one: send it only when it changes.
    const statusChanged = !this.statusLocked() && status !== this.device()?.status;
    const parsed = UpdateDeviceSchema.safeParse({
      ...this.commonValues(),
      ...(statusChanged ? { status } : {}),
    });
    if (!parsed.success) return { errors: toFieldErrors(parsed.error.issues) };
    return { errors: [], submit: { mode: 'edit', body: parsed.data } };
  }
}
