import { randomBytes } from 'node:crypto';
import { migrateStore, openStore, type Store } from '../../server/src/db/store';

export type BenchStoreKind = 'pglite' | 'postgres';

export interface BenchStore {
  store: Store;
  /** Where it runs, for the report (never the credentials). */
  describe: string;
  /** Closes the store; on PostgreSQL, drops the throw-away database. */
  dispose(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', '']);

/** The server in DATABASE_URL must be this machine (a bench never loads someone else's database). */
export function checkLoopbackDatabaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('DATABASE_URL is not a URL');
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  if (!LOOPBACK.has(url.hostname.toLowerCase())) {
    throw new Error(`DATABASE_URL points at "${url.hostname}": the benchmark only runs against a PostgreSQL server on loopback (127.0.0.1, localhost, [::1])`);
  }
  return url;
}

/**
 * A migrated, empty store: in-memory PGlite, or a throw-away database created on the PostgreSQL
 * server of DATABASE_URL and dropped again by dispose() (as tests/support/test-store.ts does).
 */
export async function openBenchStore(kind: BenchStoreKind, databaseUrl: string | undefined): Promise<BenchStore> {
  if (kind === 'pglite') {
    const store = await openStore({ databaseUrl: null, pgliteDir: 'memory' });
    try {
      await migrateStore(store);
    } catch (error) {
      await store.close();
      throw error;
    }
    return { store, describe: 'PGlite (in memory, in process)', dispose: () => store.close() };
  }
  if (!databaseUrl) throw new Error('--store postgres needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres');
  const serverUrl = checkLoopbackDatabaseUrl(databaseUrl);
  const { Client } = await import('pg');
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: serverUrl.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const drop = () => admin(`drop database if exists ${name} with (force)`);
  const url = new URL(serverUrl.toString());
  url.pathname = `/${name}`;
  let store: Store | null = null;
  try {
    store = await openStore({ databaseUrl: url.toString(), pgliteDir: 'memory' });
    await migrateStore(store);
  } catch (error) {
    await store?.close();
    await drop();
    throw error;
  }
  const opened = store;
  return {
    store: opened,
    describe: `PostgreSQL at ${serverUrl.hostname}:${serverUrl.port || 5432} (throw-away database ${name})`,
    dispose: async () => {
      try {
        await opened.close();
      } finally {
        await drop();
      }
    },
  };
}
