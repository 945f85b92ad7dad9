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
import { RouterLink } from '@angular/router';
import {
  DEVICE_CONDITIONS,
  ReturnChecklistSchema,
  type Device,
  type FieldError,
  type Loan,
} from '@passerelle/contracts';
import { type Observable, catchError, map, of, switchMap } from 'rxjs';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { type UiError, toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { deviceErrorKey } from './device-form.component';
import {
  ACCESSORY_LABEL_KEYS,
  DEVICE_CONDITION_LABEL_KEYS,
  DEVICE_STATUS_LABEL_KEYS,
  returnIssueLabel,
  type Accessory,
  type DeviceCondition,
} from './device-labels';

const RETURN_FIELDS = ['accessoriesReturned', 'condition', 'personalDataWiped', 'notes'] as const;
type ReturnField = (typeof RETURN_FIELDS)[number];

const RETURN_ERROR_KEYS: Readonly<Record<ReturnField, TranslationKey>> = {
  accessoriesReturned: 'device.error.accessories',
  condition: 'deviceReturn.error.condition',
  personalDataWiped: 'deviceReturn.error.wiped',
  notes: 'deviceReturn.error.notes',
};

function fieldOf(path: string): ReturnField | null {
  const head = path.split('.')[0] ?? '';
  return (RETURN_FIELDS as readonly string[]).includes(head) ? (head as ReturnField) : null;
}

interface ReturnDone {
  loan: Loan;
  /** The device as it is after the return, when it could be read again. */
  device: Device | null;
}

/**
 * Records a device coming back: which accessories came back, its condition, whether the person's
 * data was wiped. Anything missing stays flagged on the loan, and this page says so plainly.
 */
@Component({
  selector: 'pa-device-return-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    AlertComponent,
    LoadingComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './device-return-page.component.html',
  styleUrl: './devices.css',
})
export class DeviceReturnPageComponent {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(TranslationService);

  /** Route parameter: the device. */
  readonly id = input.required<string>();
  /** Route data, unused here: the page works the same in both areas. */
  readonly acrossCentres = input(false);

  protected readonly accessoryLabels = ACCESSORY_LABEL_KEYS;
  protected readonly conditionLabels = DEVICE_CONDITION_LABEL_KEYS;
  protected readonly statusLabels = DEVICE_STATUS_LABEL_KEYS;
  protected readonly conditions = DEVICE_CONDITIONS;

  protected readonly device = rxResource<Device, string>({
    params: () => this.id(),
    stream: ({ params: id }) => this.devicesApi.get(id),
  });
  protected readonly detail = computed(() => (this.device.hasValue() ? this.device.value() : null));
  protected readonly loadErrorKey = errorKeyOf(this.device);
  /** Only a loan comes back; a gift has nothing to return. */
  protected readonly loan = computed(() => {
    const loan = this.detail()?.currentLoan;
    return loan?.kind === 'loan' ? loan : null;
  });

  protected readonly returned = signal<Accessory[]>([]);
  protected readonly condition = linkedSignal<Device | null, DeviceCondition>({
    source: this.detail,
    computation: (device, previous) => previous?.value ?? device?.condition ?? 'good',
  });
  protected readonly wiped = signal<boolean | null>(null);
  protected readonly notes = signal('');
  protected readonly saving = signal(false);
  protected readonly serverError = signal<UiError | null>(null);
  private readonly clientErrors = signal<FieldError[]>([]);
  protected readonly done = signal<ReturnDone | null>(null);

  protected readonly errorKeys = computed(() => {
    const errors =
      this.clientErrors().length > 0 ? this.clientErrors() : (this.serverError()?.fieldErrors ?? []);
    const keys: Partial<Record<ReturnField, TranslationKey>> = {};
    for (const error of errors) {
      const field = fieldOf(error.path);
      if (field) keys[field] ??= RETURN_ERROR_KEYS[field];
    }
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    RETURN_FIELDS.flatMap((field) => {
      const key = this.errorKeys()[field];
      return key ? [{ field, key, fieldId: this.fieldId(field) }] : [];
    }),
  );
  protected readonly formErrorKey = computed(() => {
    const error = this.serverError();
    if (this.clientErrors().length > 0 || !error || this.summaryItems().length > 0) return null;
    return deviceErrorKey(error);
  });
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );
  protected readonly doneIssues = computed(() =>
    (this.done()?.loan.returnIssues ?? []).map((issue) =>
      returnIssueLabel(issue, (key) => this.i18n.translate(key)),
    ),
  );

  private readonly summary = viewChild(ErrorSummaryComponent);

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }

  protected toggleAccessory(accessory: Accessory, checked: boolean): void {
    this.returned.update((list) =>
      checked ? [...new Set([...list, accessory])] : list.filter((a) => a !== accessory),
    );
  }

  protected onConditionChange(value: string): void {
    const condition = DEVICE_CONDITIONS.find((c) => c === value);
    if (condition) this.condition.set(condition);
  }

  /** What a summary link leads to: the first accessory (their fieldset has no id), else the field. */
  private fieldId(field: ReturnField): string {
    if (field === 'accessoriesReturned') return `return-accessory-${this.detail()?.accessories[0] ?? ''}`;
    return field === 'personalDataWiped'
      ? 'return-wiped'
      : field === 'condition'
        ? 'return-condition'
        : 'return-notes';
  }

  protected submit(): void {
    const device = this.detail();
    const loan = this.loan();
    if (!device || !loan || this.saving()) return;
    const wiped = this.wiped();
    const parsed = ReturnChecklistSchema.safeParse({
      // In the device's own order, whatever order the boxes were ticked in.
      accessoriesReturned: device.accessories.filter((a) => this.returned().includes(a)),
      condition: this.condition(),
      personalDataWiped: wiped,
      notes: this.notes(),
    });
    if (!parsed.success) {
      this.clientErrors.set(
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message })),
      );
      this.focusAfterRender(() => this.summary());
      return;
    }
    this.clientErrors.set([]);
    this.serverError.set(null);
    this.saving.set(true);
    this.devicesApi
      .returnLoan(loan.id, parsed.data)
      .pipe(switchMap((returnedLoan) => this.withDevice(returnedLoan, device.id)))
      .subscribe({
        next: (result) => {
          this.saving.set(false);
          this.done.set(result);
          this.focusAfterRender(() => this.document.getElementById('return-done-title'));
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.serverError.set(toUiError(error));
          this.focusAfterRender(() => this.summary());
        },
      });
  }

  /** The device is read again for its new status (in stock, or in repair when damaged). */
  private withDevice(loan: Loan, deviceId: string): Observable<ReturnDone> {
    return this.devicesApi.get(deviceId).pipe(
      map((device): ReturnDone => ({ loan, device })),
      catchError(() => of<ReturnDone>({ loan, device: null })),
    );
  }

  private focusAfterRender(target: () => { focus(): void } | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
