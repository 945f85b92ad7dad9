import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from './translate.pipe';
import { TranslationService } from './translation.service';

@Component({
  selector: 'pa-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="button button--on-dark"
      [attr.lang]="i18n.otherLanguage()"
      [attr.aria-label]="'language.switchLabel' | t"
      (click)="i18n.toggle()"
    >
      {{ 'language.switchTo' | t }}
    </button>
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(TranslationService);
}
