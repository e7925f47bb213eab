import { randomBytes } from 'node:crypto';
import { migrateStore, openStore, type Store } from '../../server/src/db/store';

export interface ThrowawayStore {
  store: Store;
  /** The throw-away database's URL on PostgreSQL (for a second process), null on PGlite. */
  databaseUrl: string | null;
  /** Closes the store and, on PostgreSQL, drops the throw-away database. */
  dispose(): Promise<void>;
}

/**
 * A migrated, empty store: in-memory PGlite when no server is given; otherwise a database created
 * for the occasion on that PostgreSQL server (named `<prefix>_<random>`) and dropped by dispose().
 * Used by the tests and the benchmarks.
 */
export async function openThrowawayStore(serverUrl: string | null, prefix: string): Promise<ThrowawayStore> {
  if (!serverUrl) {
    const store = await openStore({ databaseUrl: null, pgliteDir: 'memory' });
    try {
      await migrateStore(store);
    } catch (error) {
      await store.close();
      throw error;
    }
    return { store, databaseUrl: null, dispose: () => store.close() };
  }

  const { Client } = await import('pg');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const drop = () => admin(`drop database if exists ${name} with (force)`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let store: Store | null = null;
  try {
    store = await openStore({ databaseUrl, pgliteDir: 'memory' });
    await migrateStore(store);
  } catch (error) {
    await store?.close();
    await drop();
    throw error;
  }
  const opened = store;
  return {
    store: opened,
    databaseUrl,
    dispose: async () => {
      try {
        await opened.close();
      } finally {
        await drop();
      }
    },
  };
}
