import { getTableColumns, getTableName, sql, type Table } from 'drizzle-orm';
import type { DbOrTx } from '../db/store';

/**
 * Inserts many rows with one JSON parameter per statement (`json_to_recordset`), about twice as
 * fast as a multi-row VALUES on PGlite, where binding thousands of parameters dominates.
 * Rows use the schema's property names; every row of a call must set the same properties
 * (a missing one would become NULL, not the column default). Dates, arrays and objects go
 * through JSON: timestamptz, text[] and jsonb read them back as they were.
 */
export async function bulkInsert<T extends Table>(
  db: DbOrTx,
  table: T,
  rows: T['$inferInsert'][],
  chunkSize = 1000,
): Promise<void> {
  if (rows.length === 0) return;
  const first = rows[0] as Record<string, unknown>;
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => Object.hasOwn(first, key) && first[key] !== undefined,
  );
  const keys = new Set(columns.map(([key]) => key));
  for (const row of rows as Record<string, unknown>[]) {
    const missing = columns.find(([key]) => row[key] === undefined);
    const extra = Object.keys(row).find((key) => row[key] !== undefined && !keys.has(key));
    if (missing || extra) {
      throw new Error(`bulkInsert into ${getTableName(table)}: rows differ on ${missing?.[0] ?? extra}`);
    }
  }
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const names = columns.map(([, column]) => quote(column.name)).join(', ');
  const shape = columns.map(([, column]) => `${quote(column.name)} ${column.getSQLType()}`).join(', ');
  const target = quote(getTableName(table));
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize).map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, column] of columns) out[column.name] = (row as Record<string, unknown>)[key];
      return out;
    });
    await db.execute(
      sql`insert into ${sql.raw(target)} (${sql.raw(names)}) select ${sql.raw(names)} from json_to_recordset(${JSON.stringify(chunk)}::json) as r(${sql.raw(shape)})`,
    );
  }
}
