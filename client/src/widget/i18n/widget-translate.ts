import { createTranslator, type PlainKey, type Translator } from '../../i18n/translator';
import { widgetEn, type WidgetCatalog } from './widget-en';
import { widgetFr } from './widget-fr';

export type WidgetLocale = 'fr' | 'en';

const catalogs: Record<WidgetLocale, WidgetCatalog> = { en: widgetEn, fr: widgetFr };

/** Like the desk's `t()` (the same translator): placeholders are type-checked at each call. */
export type WidgetTranslate = Translator<typeof widgetEn>;

/** Keys whose message takes no values. */
export type PlainWidgetKey = PlainKey<typeof widgetEn>;

export function createWidgetTranslate(locale: WidgetLocale): WidgetTranslate {
  return createTranslator<typeof widgetEn, WidgetLocale>(catalogs, locale, 'en');
}

/** `?lang=` (set by the loader from the host page), else the browser's languages; French for fr-*. */
export function pickWidgetLocale(search: string, languages: readonly string[]): WidgetLocale {
  const asked = new URLSearchParams(search).get('lang');
  for (const candidate of [asked, ...languages]) {
    const prefix = candidate?.toLowerCase().slice(0, 2);
    if (prefix === 'fr' || prefix === 'en') return prefix;
  }
  return 'en';
}
