import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { en } from './en';
import { fr, type TranslationKey } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TranslationParams = Readonly<Record<string, string | number>>;

/** Every `<base>` that has both a `<base>.one` and a `<base>.other` key. */
export type PluralBase = {
  [K in TranslationKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends TranslationKey
      ? Base
      : never
    : never;
}[TranslationKey];

export const LANGUAGE_STORAGE_KEY = 'passerelle.language';

const DICTIONARIES: Record<Language, Record<TranslationKey, string>> = { fr, en };

export function isTranslationKey(value: string): value is TranslationKey {
  return Object.prototype.hasOwnProperty.call(fr, value);
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function interpolate(template: string, params?: TranslationParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.readStoredLanguage());

  readonly language = this.current.asReadonly();
  readonly otherLanguage = computed<Language>(() => (this.current() === 'fr' ? 'en' : 'fr'));

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  use(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private browsing can refuse storage; the choice then lasts for this visit only.
    }
  }

  toggle(): void {
    this.use(this.otherLanguage());
  }

  /** Reads the language signal, so templates and computed values follow a language switch. */
  translate(key: TranslationKey, params?: TranslationParams): string {
    return interpolate(DICTIONARIES[this.current()][key], params);
  }

  /** Picks `<base>.one` or `<base>.other` following the plural rules of the current language. */
  plural(base: PluralBase, count: number): string {
    const category = new Intl.PluralRules(this.current()).select(count) === 'one' ? 'one' : 'other';
    return this.translate(`${base}.${category}`, { count });
  }

  private readStoredLanguage(): Language {
    try {
      const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return stored === 'en' || stored === 'fr' ? stored : 'fr';
    } catch {
      return 'fr';
    }
  }
}
