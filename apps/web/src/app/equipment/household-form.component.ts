import {
  ChangeDetectionStrategy,
  Component,
  Injector,
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
  CreateHouseholdSchema,
  type CentreSummary,
  type CreateHousehold,
  type FieldError,
} from '@passerelle/contracts';
import type { UiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { parseCount, toFieldErrors } from './field-errors';

export const HOUSEHOLD_FIELDS = [
  'centreId',
  'name',
  'contactPhone',
  'town',
  'membersCount',
  'notes',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

function isHouseholdField(path: string): path is HouseholdField {
  return (HOUSEHOLD_FIELDS as readonly string[]).includes(path);
}

/** One plain sentence per field, whatever rule the value broke (client-side zod or the API's). */
export function householdFieldMessageKey(error: FieldError): TranslationKey {
  switch (error.path) {
    case 'centreId':
      return 'equipment.error.centreId';
    case 'name':
    case 'contactPhone':
    case 'town':
    case 'membersCount':
    case 'notes':
      return `household.error.${error.path}`;
    default:
      return 'error.field.invalid';
  }
}

/** A household the centre equips: how it is named, how to reach it, how many people live in it. */
@Component({
  selector: 'pa-household-form',
  imports: [ErrorSummaryComponent, ReactiveFormsModule, TranslatePipe, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-form.component.html',
})
export class HouseholdFormComponent {
  private readonly injector = inject(Injector);

  /** When given (federation admin), the form asks for the centre. */
  readonly centres = input<readonly CentreSummary[] | null>(null);
  readonly busy = input(false);
  readonly serverError = input<UiError | null>(null);

  readonly submitted = output<CreateHousehold>();

  protected readonly form = new FormGroup({
    centreId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    contactPhone: new FormControl('', { nonNullable: true }),
    town: new FormControl('', { nonNullable: true }),
    membersCount: new FormControl('', { nonNullable: true }),
    notes: new FormControl('', { nonNullable: true }),
  });

  protected readonly asksForCentre = computed(() => this.centres() !== null);

  private readonly clientErrors = signal<FieldError[]>([]);
  private readonly fieldErrors = computed(() =>
    this.clientErrors().length > 0 ? this.clientErrors() : (this.serverError()?.fieldErrors ?? []),
  );
  protected readonly errorKeys = computed(() => {
    const keys: Partial<Record<HouseholdField, TranslationKey>> = {};
    for (const error of this.fieldErrors()) {
      if (isHouseholdField(error.path) && !keys[error.path])
        keys[error.path] = householdFieldMessageKey(error);
    }
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    HOUSEHOLD_FIELDS.flatMap((field) => {
      const key = this.errorKeys()[field];
      return key ? [{ field, key, fieldId: `household-${field}` }] : [];
    }),
  );
  /** The general message, unless the field messages already say it all. */
  protected readonly formErrorKey = computed(() => {
    if (this.clientErrors().length > 0) return null;
    const error = this.serverError();
    if (!error) return null;
    return this.summaryItems().length > 0 ? null : error.messageKey;
  });
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  private readonly summary = viewChild(ErrorSummaryComponent);

  /** Called by the parent when the API rejected the form, so the summary is read out first. */
  focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.busy()) return;
    const v = this.form.getRawValue();
    const parsed = CreateHouseholdSchema.safeParse({
      name: v.name,
      contactPhone: v.contactPhone,
      town: v.town,
      membersCount: parseCount(v.membersCount),
      notes: v.notes,
      centreId: this.asksForCentre() && v.centreId !== '' ? v.centreId : undefined,
    });
    const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    if (this.asksForCentre() && v.centreId === '' && !errors.some((e) => e.path === 'centreId')) {
      errors.push({ path: 'centreId', code: 'required', message: 'centreId' });
    }
    this.clientErrors.set(errors);
    if (errors.length > 0 || !parsed.success) {
      this.focusSummary();
      return;
    }
    this.submitted.emit(parsed.data);
  }
}
