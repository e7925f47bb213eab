import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@shared/schemas/common';
import { createFormatters } from './formatters';
import { I18nContext, type I18nValue } from './i18n-context';
import { browserLocale, storedLocale } from './locale-preference';
import { createTranslate } from './translate';

interface I18nProviderProps {
  children: ReactNode;
  /** Before the agent is known: what this browser chose last, else what it prefers. */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? storedLocale() ?? browserLocale());

  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: createTranslate(locale), format: createFormatters(locale) }),
    [locale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = value.t('app.name');
  }, [locale, value]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
