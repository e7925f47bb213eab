/** Rows of a raw `db.execute(sql…)`: both drivers answer `{ rows }`. */
export function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows;
}

/** A unique index refused the write (directly, or wrapped by Drizzle as `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** PostgreSQL broke the transaction to let another one through (deadlock victim, serialisation failure): it may simply run again. */
export function isTransientConflict(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  const code = e?.code ?? e?.cause?.code;
  return code === '40P01' || code === '40001';
}
