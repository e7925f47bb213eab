/**
 * The one translator of the client, used by the desk and by the widget with their own dictionaries
 * (each keeps its catalogue so the widget bundle never carries the desk's messages).
 * Placeholders are written `{name}` in the source catalogue and type-checked at each call.
 */

/** A catalogue's source: the language whose literal strings give the keys and their placeholders. */
export type SourceCatalog = { readonly [key: string]: string };

/** Another language: the same keys as the source, any wording. */
export type CatalogOf<Source extends SourceCatalog> = { readonly [K in keyof Source]: string };

type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

type Placeholders<Source extends SourceCatalog, K extends keyof Source> = PlaceholderNames<Source[K]>;

/** A message with placeholders requires its values; one without takes none. */
type TranslateArgs<Source extends SourceCatalog, K extends keyof Source> = [Placeholders<Source, K>] extends [never]
  ? []
  : [values: Record<Placeholders<Source, K>, string | number>];

export type Translator<Source extends SourceCatalog> = <K extends keyof Source & string>(
  key: K,
  ...args: TranslateArgs<Source, K>
) => string;

/** Keys whose message takes no values, e.g. to pick a message first and translate it later. */
export type PlainKey<Source extends SourceCatalog> = {
  [K in keyof Source & string]: [Placeholders<Source, K>] extends [never] ? K : never;
}[keyof Source & string];

function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/**
 * `t(key, values)` in `locale`. A message missing from that catalogue (a dictionary loaded from
 * elsewhere, or a key added in a hurry) falls back to `fallback`, then to the key itself, so the
 * screen shows something readable rather than `undefined`.
 */
export function createTranslator<Source extends SourceCatalog, L extends string>(
  catalogs: Record<L, CatalogOf<Source>>,
  locale: L,
  fallback: L,
): Translator<Source> {
  const catalog: Partial<Record<string, string>> = catalogs[locale];
  const spare: Partial<Record<string, string>> = catalogs[fallback];
  return (key, ...args) => interpolate(catalog[key] ?? spare[key] ?? key, args[0]);
}
