import { TestBed } from '@angular/core/testing';
import { en } from './en';
import { fr, type TranslationKey } from './fr';
import { LANGUAGE_STORAGE_KEY, TranslationService, interpolate } from './translation.service';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('TranslationService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function createSut(): TranslationService {
    return TestBed.inject(TranslationService);
  }

  describe('dictionaries', () => {
    it('has a non-empty English text for every French key, and no extra key', () => {
      // given
      const frenchKeys = Object.keys(fr).sort();
      // when
      const englishKeys = Object.keys(en).sort();
      // then
      expect(englishKeys).toEqual(frenchKeys);
      for (const key of frenchKeys as TranslationKey[]) {
        expect(en[key].trim()).not.toBe('');
      }
    });

    it('uses the same placeholders in both languages', () => {
      for (const key of Object.keys(fr) as TranslationKey[]) {
        expect({ key, placeholders: placeholders(en[key]) }).toEqual({
          key,
          placeholders: placeholders(fr[key]),
        });
      }
    });
  });

  describe('translate', () => {
    it('speaks French by default and sets the page language', () => {
      // given / when
      const sut = createSut();
      // then
      expect(sut.language()).toBe('fr');
      expect(document.documentElement.lang).toBe('fr');
      expect(sut.translate('login.submit')).toBe('Se connecter');
    });

    it('fills {name} placeholders', () => {
      // given
      const sut = createSut();
      // when
      const text = sut.translate('senior.home.heading', { firstName: 'Jeanne' });
      // then
      expect(text).toBe('Bonjour Jeanne');
    });

    it('leaves an unknown placeholder visible rather than printing "undefined"', () => {
      expect(interpolate('Bonjour {firstName}', { other: 'x' })).toBe('Bonjour {firstName}');
    });

    it('chooses singular or plural following the language rules', () => {
      // given
      const sut = createSut();
      // when / then
      expect(sut.plural('people.count', 0)).toBe('0 personne trouvée');
      expect(sut.plural('people.count', 2)).toBe('2 personnes trouvées');
      sut.use('en');
      expect(sut.plural('people.count', 0)).toBe('0 people found');
      expect(sut.plural('people.count', 1)).toBe('1 person found');
    });
  });

  describe('switching language', () => {
    it('translates into English, updates <html lang> and remembers the choice', () => {
      // given
      const sut = createSut();
      // when
      sut.toggle();
      // then
      expect(sut.language()).toBe('en');
      expect(sut.translate('login.submit')).toBe('Sign in');
      expect(document.documentElement.lang).toBe('en');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    });

    it('starts in the language chosen on a previous visit', () => {
      // given
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
      // when
      const sut = createSut();
      // then
      expect(sut.language()).toBe('en');
      expect(document.documentElement.lang).toBe('en');
    });

    it('ignores a stored value that is not a supported language', () => {
      // given
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
      // when
      const sut = createSut();
      // then
      expect(sut.language()).toBe('fr');
    });
  });
});
