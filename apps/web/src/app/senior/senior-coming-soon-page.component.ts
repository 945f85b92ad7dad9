import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';

/** A senior feature that is not there yet, said plainly, with one way back. */
@Component({
  selector: 'pa-senior-coming-soon-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './senior.css',
  template: `
    <div class="senior">
      <h1 class="senior__heading">{{ headingKey() | t }}</h1>
      <p class="senior__message">{{ textKey() | t }}</p>
      <a class="senior__tile senior__tile--back" routerLink="..">{{ 'senior.backHome' | t }}</a>
    </div>
  `,
})
export class SeniorComingSoonPageComponent {
  /** Route data. */
  readonly headingKey = input.required<TranslationKey>();
  /** Route data. */
  readonly textKey = input.required<TranslationKey>();
}
