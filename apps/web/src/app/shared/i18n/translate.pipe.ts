import { Pipe, PipeTransform, inject } from '@angular/core';
import type { TranslationKey } from './fr';
import { TranslationService, type TranslationParams } from './translation.service';

/**
 * `{{ 'login.submit' | t }}`. Impure on purpose: the transform reads the language signal on every
 * check, so the template stays subscribed to it and re-renders when the language changes.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.translate(key, params);
  }
}
