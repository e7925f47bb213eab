import type { Locale } from '@shared/schemas/common';
import { createTranslator, type PlainKey, type Translator } from '../../i18n/translator';
import { en, type Catalog } from './en';
import { fr } from './fr';

const catalogs: Record<Locale, Catalog> = { en, fr };

export type Translate = Translator<typeof en>;

/** Keys whose message takes no values, e.g. to pick a message first and translate it later. */
export type PlainMessageKey = PlainKey<typeof en>;

export function createTranslate(locale: Locale): Translate {
  return createTranslator<typeof en, Locale>(catalogs, locale, 'en');
}
