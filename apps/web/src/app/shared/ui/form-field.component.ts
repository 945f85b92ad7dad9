import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  booleanAttribute,
  computed,
  inject,
  input,
} from '@angular/core';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { TranslationParams } from '../i18n/translation.service';

/**
 * What a field and a fieldset share: a label, an optional hint and the first error, each with an id
 * derived from `fieldId` (`<id>-hint`, `<id>-error`) so the control can point at them.
 */
@Directive()
abstract class FieldDescription {
  /** The control's id (a field) or the fieldset's id; the prefix of the hint and error ids. */
  readonly fieldId = input.required<string>();
  readonly label = input.required<TranslationKey>();
  readonly hint = input<TranslationKey | null>(null);
  /** The message of the first rule the value broke; the field is shown in error while it is set. */
  readonly error = input<TranslationKey | null | undefined>(null);
  /** Adds "(optional)" after the label. */
  readonly optional = input(false, { transform: booleanAttribute });
  /** Placeholders for the label, hint and error messages. */
  readonly params = input<TranslationParams>();

  readonly invalid = computed(() => !!this.error());
  readonly hintId = computed(() => `${this.fieldId()}-hint`);
  readonly errorId = computed(() => `${this.fieldId()}-error`);
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : null, this.invalid() ? this.errorId() : null];
    const joined = ids.filter((id) => id !== null).join(' ');
    return joined === '' ? null : joined;
  });
}

/**
 * One form field: label, hint, error, then the projected control, which carries `paFieldControl`
 * so it gets its id and its aria-invalid / aria-describedby wiring from here.
 *
 * ```html
 * <pa-field fieldId="person-email" label="person.field.email" hint="person.hint.email" optional
 *           [error]="errorKeys().email">
 *   <input paFieldControl class="input" type="email" formControlName="email" />
 * </pa-field>
 * ```
 */
@Component({
  selector: 'pa-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--invalid]': 'invalid()' },
  template: `
    <label class="field__label" [for]="fieldId()"
      >{{ label() | t: params() }}
      @if (optional()) {
        <span class="field__optional">{{ 'common.optional' | t }}</span>
      }
    </label>
    @if (hint(); as key) {
      <p class="field__hint" [id]="hintId()">{{ key | t: params() }}</p>
    }
    @if (error(); as key) {
      <p class="field__error" [id]="errorId()">{{ key | t: params() }}</p>
    }
    <ng-content />
  `,
})
export class FormFieldComponent extends FieldDescription {}

/** The input, select or textarea of the enclosing `pa-field`. */
@Directive({
  selector: '[paFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-invalid]': 'field.invalid() ? true : null',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FormFieldComponent);
}

/**
 * A group of radios or checkboxes: the legend names it, and the fieldset itself is described by the
 * hint and error (the options keep their own labels).
 */
@Component({
  selector: 'pa-fieldset',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="field fieldset"
      [id]="fieldId()"
      [attr.tabindex]="focusable() ? -1 : null"
      [class.field--invalid]="invalid()"
      [attr.aria-describedby]="describedBy()"
    >
      <legend class="field__label">
        {{ label() | t: params() }}
        @if (optional()) {
          <span class="field__optional">{{ 'common.optional' | t }}</span>
        }
      </legend>
      @if (hint(); as key) {
        <p class="field__hint" [id]="hintId()">{{ key | t: params() }}</p>
      }
      @if (error(); as key) {
        <p class="field__error" [id]="errorId()">{{ key | t: params() }}</p>
      }
      <ng-content />
    </fieldset>
  `,
})
export class FormFieldsetComponent extends FieldDescription {
  /** The error summary links to the fieldset itself, so it must take focus. */
  readonly focusable = input(false, { transform: booleanAttribute });
}

export const FORM_FIELD = [FormFieldComponent, FieldControlDirective, FormFieldsetComponent] as const;
