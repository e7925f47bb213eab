import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../server/src/db/store';
import { rowsOf } from '../../server/src/db/sql-results';

/**
 * Everything in the `public` schema that a migration can create, one line per object, as Postgres
 * itself prints it (format_type, pg_get_expr, pg_get_constraintdef, pg_get_indexdef…). Two
 * databases built in different ways (hand-written SQL, or SQL generated from the Drizzle schema)
 * print the same lines exactly when they have the same structure. Column order is left out: a
 * column added by ALTER TABLE comes last, which changes nothing for the application.
 */
export async function describeCatalog(db: DbOrTx): Promise<string[]> {
  const lines = (rows: Array<Record<string, unknown>>, line: (row: Record<string, unknown>) => string) =>
    rows.map(line);
  const query = async (text: ReturnType<typeof sql>) => rowsOf(await db.execute(text));

  const tables = await query(sql`
    select c.relname, c.relkind, c.relrowsecurity
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')`);
  const columns = await query(sql`
    select c.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
           pg_get_expr(d.adbin, d.adrelid) as default, a.attidentity, a.attgenerated
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`);
  const constraints = await query(sql`
    select c.relname, k.conname, pg_get_constraintdef(k.oid) as definition
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public'`);
  const indexes = await query(sql`
    select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'`);
  const sequences = await query(sql`
    select sequencename, data_type, start_value, increment_by, min_value, max_value, cache_size, cycle
    from pg_sequences where schemaname = 'public'`);
  const triggers = await query(sql`
    select c.relname, t.tgname, pg_get_triggerdef(t.oid) as definition
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and not t.tgisinternal`);
  const functions = await query(sql`
    select p.proname, pg_get_function_identity_arguments(p.oid) as args
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public'`);
  const enums = await query(sql`
    select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = 'public' group by t.typname`);
  const views = await query(sql`
    select viewname, definition from pg_views where schemaname = 'public'`);

  return [
    ...lines(
      tables,
      (r) => `relation ${r.relname} (kind ${r.relkind}${r.relrowsecurity ? ', row level security' : ''})`,
    ),
    ...lines(columns, (r) =>
      [
        `column ${r.relname}.${r.attname} ${r.type}`,
        r.attnotnull ? 'not null' : 'null',
        r.default == null ? '' : `default ${r.default}`,
        r.attidentity ? `identity ${r.attidentity}` : '',
        r.attgenerated ? `generated ${r.attgenerated}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    ...lines(constraints, (r) => `constraint ${r.relname}.${r.conname} ${r.definition}`),
    ...lines(indexes, (r) => `index ${r.tablename}.${r.indexname} ${r.indexdef}`),
    ...lines(
      sequences,
      (r) =>
        `sequence ${r.sequencename} ${r.data_type} start ${r.start_value} by ${r.increment_by} ` +
        `min ${r.min_value} max ${r.max_value} cache ${r.cache_size}${r.cycle ? ' cycle' : ''}`,
    ),
    ...lines(triggers, (r) => `trigger ${r.relname}.${r.tgname} ${r.definition}`),
    ...lines(functions, (r) => `function ${r.proname}(${r.args})`),
    ...lines(enums, (r) => `enum ${r.typname} (${r.labels})`),
    ...lines(views, (r) => `view ${r.viewname} ${String(r.definition).replace(/\s+/g, ' ').trim()}`),
  ].sort();
}

/** The lines of `a` that `b` lacks. */
export function missingFrom(a: string[], b: string[]): string[] {
  const inB = new Set(b);
  return a.filter((line) => !inB.has(line));
}
