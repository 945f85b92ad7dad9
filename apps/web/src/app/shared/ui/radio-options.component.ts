import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';

export interface RadioOption<T extends string> {
  value: T;
  label: TranslationKey;
}

/**
 * The radios of one choice, inside a `pa-fieldset` that names it: each option's id is
 * `<idPrefix>-<value>` (the name by default), the chosen value two-way bound (`[(value)]`).
 */
@Component({
  selector: 'pa-radio-options',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="radios">
      @for (option of options(); track option.value) {
        <div class="radio">
          <input
            type="radio"
            [name]="name()"
            [id]="prefix() + '-' + option.value"
            [checked]="value() === option.value"
            (change)="value.set(option.value)"
          />
          <label [for]="prefix() + '-' + option.value">{{ option.label | t }}</label>
        </div>
      }
    </div>
  `,
})
export class RadioOptionsComponent<T extends string> {
  readonly name = input.required<string>();
  readonly idPrefix = input<string | null>(null);
  readonly options = input.required<ReadonlyArray<RadioOption<T>>>();
  readonly value = model.required<T>();

  protected readonly prefix = computed(() => this.idPrefix() ?? this.name());
}
