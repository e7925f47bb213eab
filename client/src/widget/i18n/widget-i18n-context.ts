import { createContext, useContext } from 'react';
import type { WidgetLocale, WidgetTranslate } from './widget-translate';

export interface WidgetI18n {
  locale: WidgetLocale;
  t: WidgetTranslate;
  /** "14:05" in the visitor's language. */
  clockTime(iso: string): string;
}

export const WidgetI18nContext = createContext<WidgetI18n | null>(null);

export function useWidgetI18n(): WidgetI18n {
  const value = useContext(WidgetI18nContext);
  if (!value) throw new Error('useWidgetI18n must be used inside <WidgetI18nProvider>');
  return value;
}

export function useWidgetT(): WidgetTranslate {
  return useWidgetI18n().t;
}
