import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

/** Both drivers give a Drizzle database with the same query API. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction has the same API as the database; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type StoreKind = 'pglite' | 'postgres';

export interface Store {
  db: Db;
  kind: StoreKind;
  /** The pg pool when on a PostgreSQL server (the socket.io adapter uses it). */
  pool: import('pg').Pool | null;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… for a server; otherwise PGlite. */
  databaseUrl: string | null;
  /** PGlite directory, or 'memory' for a throw-away in-memory database. */
  pgliteDir: string | 'memory';
  /** Told when an idle server connection fails (server restart, admin termination). */
  onConnectionError?: (error: Error) => void;
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'server/src/db/migrations');

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover, termination) must not crash the
    // process: the pool drops it and opens a new one on next use.
    pool.on('error', (error) => options.onConnectionError?.(error));
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let dataDir = 'memory://';
  if (options.pgliteDir !== 'memory') {
    await mkdir(options.pgliteDir, { recursive: true });
    dataDir = options.pgliteDir;
  }
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', pool: null, close: () => client.close() };
}

/** Applies the SQL migrations; on a server, one process at a time (advisory lock). */
export async function migrateStore(store: Store): Promise<void> {
  const migrationsFolder = MIGRATIONS_DIR;
  if (store.kind === 'postgres' && store.pool) {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const client = await store.pool.connect();
    try {
      await client.query('select pg_advisory_lock(727100)');
      await migrate(drizzle(client, { schema }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock(727100)').catch(() => undefined);
      client.release();
    }
    return;
  }
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(store.db as never, { migrationsFolder });
}
