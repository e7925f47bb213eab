import { createContext, useContext } from 'react';
import type { Locale } from '@shared/schemas/common';
import type { Formatters } from './formatters';
import type { Translate } from './translate';

export interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  format: Formatters;
}

export const I18nContext = createContext<I18nValue | null>(null);

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useFormat(): Formatters {
  return useI18n().format;
}

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
