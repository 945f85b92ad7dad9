import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { TranslationService, isTranslationKey } from '../i18n/translation.service';

/** Route titles are translation keys; the document title follows the language switch too. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private readonly titleKey = signal<string | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.titleKey();
      const appName = this.i18n.translate('app.name');
      const pageTitle = key && isTranslationKey(key) ? this.i18n.translate(key) : key;
      this.title.setTitle(pageTitle ? `${pageTitle} – ${appName}` : appName);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey.set(this.buildTitle(snapshot) ?? null);
  }
}
