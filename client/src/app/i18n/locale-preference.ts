import type { Locale } from '@shared/schemas/common';

const STORAGE_KEY = 'omnidesk.locale';

/** Names shown in their own language on purpose: a lost reader finds theirs. */
export const LOCALE_AUTONYMS: Record<Locale, string> = { en: 'English', fr: 'Français' };
export const LOCALES = Object.keys(LOCALE_AUTONYMS) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALE_AUTONYMS;
}

/** The first browser language we speak: fr* gives French, en* English, English otherwise. */
export function browserLocale(languages: readonly string[] = navigator.languages): Locale {
  for (const language of languages) {
    const prefix = language.toLowerCase().slice(0, 2);
    if (isLocale(prefix)) return prefix;
  }
  return 'en';
}

/** The choice made on this browser before signing in; storage may be unavailable (private mode). */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; the choice still applies now.
  }
}
