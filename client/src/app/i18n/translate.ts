import type { Locale } from '@shared/schemas/common';
import { en, type Catalog, type MessageKey } from './en';
import { fr } from './fr';

const catalogs: Record<Locale, Catalog> = { en, fr };

type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

type Placeholders<K extends MessageKey> = PlaceholderNames<(typeof en)[K]>;

/** A message with placeholders requires its values; one without takes none. */
/** Keys whose message takes no values, e.g. to pick a message first and translate it later. */
export type PlainMessageKey = { [K in MessageKey]: [Placeholders<K>] extends [never] ? K : never }[MessageKey];

type TranslateArgs<K extends MessageKey> = [Placeholders<K>] extends [never]
  ? []
  : [values: Record<Placeholders<K>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

export function createTranslate(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, ...args) => interpolate(catalog[key], args[0]);
}
