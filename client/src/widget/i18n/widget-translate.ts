import { widgetEn, type WidgetCatalog, type WidgetMessageKey } from './widget-en';
import { widgetFr } from './widget-fr';

export type WidgetLocale = 'fr' | 'en';

const catalogs: Record<WidgetLocale, WidgetCatalog> = { en: widgetEn, fr: widgetFr };

type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;
type Placeholders<K extends WidgetMessageKey> = PlaceholderNames<(typeof widgetEn)[K]>;
type TranslateArgs<K extends WidgetMessageKey> = [Placeholders<K>] extends [never] ? [] : [values: Record<Placeholders<K>, string | number>];

/** Like the desk's `t()`: placeholders are type-checked at each call. */
export type WidgetTranslate = <K extends WidgetMessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** Keys whose message takes no values. */
export type PlainWidgetKey = { [K in WidgetMessageKey]: [Placeholders<K>] extends [never] ? K : never }[WidgetMessageKey];

export function createWidgetTranslate(locale: WidgetLocale): WidgetTranslate {
  const catalog = catalogs[locale];
  return (key, ...args) => {
    const values: Record<string, string | number> = args[0] ?? {};
    return catalog[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
  };
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
