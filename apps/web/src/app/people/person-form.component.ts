import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  CENTRE_ROLES,
  CreatePersonSchema,
  PASSWORD_MIN_LENGTH,
  UpdatePersonSchema,
  type CentreRole,
  type CentreSummary,
  type CreatePerson,
  type FieldError,
  type Person,
  type UpdatePerson,
} from '@passerelle/contracts';
import type { z } from 'zod';
import type { UiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';
import { TownOptionsComponent } from '../shared/ui/town-options.component';

export type PersonFormSubmit = { mode: 'create'; body: CreatePerson } | { mode: 'edit'; body: UpdatePerson };

export const PERSON_FIELDS = [
  'role',
  'centreId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'town',
  'birthYear',
  'notes',
  'password',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

function isPersonField(path: string): path is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(path);
}

/** One plain sentence per field, whatever rule the value broke (client-side zod or the API's). */
export function personFieldMessageKey(error: FieldError): TranslationKey {
  switch (error.path) {
    case 'email':
      if (error.code === 'email_taken') return 'error.email_taken';
      return error.code === 'custom' ? 'person.error.emailRequiredForLogin' : 'person.error.email';
    case 'password':
      return error.code === 'custom' ? 'person.error.passwordSenior' : 'person.error.password';
    case 'role':
    case 'centreId':
    case 'firstName':
    case 'lastName':
    case 'phone':
    case 'town':
    case 'birthYear':
    case 'notes':
      return `person.error.${error.path}`;
    default:
      return 'error.field.invalid';
  }
}

function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

/** '' means "no year"; anything but four digits is kept as NaN so the schema reports it. */
function parseBirthYear(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

@Component({
  selector: 'pa-person-form',
  imports: [ErrorSummaryComponent, ReactiveFormsModule, TranslatePipe, TownOptionsComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-form.component.html',
})
export class PersonFormComponent implements OnInit {
  private readonly injector = inject(Injector);

  readonly mode = input.required<'create' | 'edit'>();
  /** The person being edited (edit mode). */
  readonly person = input<Person | null>(null);
  /** When given (federation admin creating someone), the form asks for the centre. */
  readonly centres = input<readonly CentreSummary[] | null>(null);
  readonly busy = input(false);
  readonly serverError = input<UiError | null>(null);
  readonly submitLabel = input.required<TranslationKey>();
  readonly showCancel = input(false);

  readonly submitted = output<PersonFormSubmit>();
  readonly cancelled = output<void>();

  protected readonly roles = CENTRE_ROLES;
  protected readonly roleLabels = ROLE_LABEL_KEYS;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;

  protected readonly form = new FormGroup({
    role: new FormControl<CentreRole>('senior', { nonNullable: true }),
    centreId: new FormControl('', { nonNullable: true }),
    firstName: new FormControl('', { nonNullable: true }),
    lastName: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true }),
    town: new FormControl('', { nonNullable: true }),
    birthYear: new FormControl('', { nonNullable: true }),
    notes: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });

  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: 'senior' as CentreRole,
  });
  /** The town as typed, for the towns the visit journeys know. */
  protected readonly town = toSignal(this.form.controls.town.valueChanges, { initialValue: '' });
  protected readonly asksForCentre = computed(() => this.mode() === 'create' && this.centres() !== null);
  protected readonly asksForPassword = computed(() => this.mode() === 'create' && this.role() !== 'senior');

  private readonly clientErrors = signal<FieldError[]>([]);
  private readonly fieldErrors = computed(() =>
    this.clientErrors().length > 0 ? this.clientErrors() : (this.serverError()?.fieldErrors ?? []),
  );
  /** First message per field, shown next to it and linked from the summary. */
  protected readonly errorKeys = computed(() => {
    const keys: Partial<Record<PersonField, TranslationKey>> = {};
    for (const error of this.fieldErrors()) {
      if (isPersonField(error.path) && !keys[error.path]) keys[error.path] = personFieldMessageKey(error);
    }
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    PERSON_FIELDS.flatMap((field) => {
      const key = this.errorKeys()[field];
      return key ? [{ field, key, fieldId: `person-${field}`, params: { min: this.passwordMin } }] : [];
    }),
  );
  /** The general message, unless the field messages already say it all. */
  protected readonly formErrorKey = computed(() => {
    if (this.clientErrors().length > 0) return null;
    const error = this.serverError();
    if (!error) return null;
    return error.code === 'validation_failed' && this.summaryItems().length > 0 ? null : error.messageKey;
  });
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  private readonly summary = viewChild(ErrorSummaryComponent);

  ngOnInit(): void {
    const person = this.person();
    if (person) {
      this.form.patchValue({
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email ?? '',
        phone: person.phone ?? '',
        town: person.town ?? '',
        birthYear: person.birthYear === null ? '' : String(person.birthYear),
        notes: person.notes ?? '',
      });
    }
  }

  /** Called by the parent when the API rejected the form, so the summary is read out first. */
  focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.busy()) return;
    const result = this.mode() === 'create' ? this.validateCreate() : this.validateEdit();
    if (result.errors.length > 0) {
      this.clientErrors.set(result.errors);
      this.focusSummary();
      return;
    }
    this.clientErrors.set([]);
    if (result.submit) this.submitted.emit(result.submit);
  }

  private commonValues() {
    const v = this.form.getRawValue();
    return {
      firstName: v.firstName,
      lastName: v.lastName,
      email: v.email,
      phone: v.phone,
      town: v.town,
      birthYear: parseBirthYear(v.birthYear),
      notes: v.notes,
    };
  }

  private validateCreate(): { errors: FieldError[]; submit?: PersonFormSubmit } {
    const v = this.form.getRawValue();
    const parsed = CreatePersonSchema.safeParse({
      ...this.commonValues(),
      role: v.role,
      centreId: this.asksForCentre() && v.centreId !== '' ? v.centreId : undefined,
      password: v.role !== 'senior' && v.password !== '' ? v.password : undefined,
    });
    const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    if (this.asksForCentre() && v.centreId === '' && !errors.some((e) => e.path === 'centreId')) {
      errors.push({ path: 'centreId', code: 'required', message: 'centreId' });
    }
    if (errors.length > 0 || !parsed.success) return { errors };
    return { errors, submit: { mode: 'create', body: parsed.data } };
  }

  private validateEdit(): { errors: FieldError[]; submit?: PersonFormSubmit } {
    const parsed = UpdatePersonSchema.safeParse(this.commonValues());
    if (!parsed.success) return { errors: toFieldErrors(parsed.error.issues) };
    return { errors: [], submit: { mode: 'edit', body: parsed.data } };
  }
}
