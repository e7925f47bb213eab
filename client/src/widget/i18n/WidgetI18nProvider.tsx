import { useEffect, useMemo, type ReactNode } from 'react';
import { WidgetI18nContext, type WidgetI18n } from './widget-i18n-context';
import { createWidgetTranslate, type WidgetLocale } from './widget-translate';

export function WidgetI18nProvider({ locale, children }: { locale: WidgetLocale; children: ReactNode }) {
  const value = useMemo<WidgetI18n>(() => {
    const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return { locale, t: createWidgetTranslate(locale), clockTime: (iso) => clock.format(new Date(iso)) };
  }, [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = value.t('widget.pageTitle');
  }, [locale, value]);

  return <WidgetI18nContext.Provider value={value}>{children}</WidgetI18nContext.Provider>;
}
