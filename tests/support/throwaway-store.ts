import { randomBytes } from 'node:crypto';
import { migrateStore, openStore, type Store } from '../../server/src/db/store';
import { adminQuery, databaseUrlOf, pgliteTemplate, postgresTemplate } from './template-store';

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
 * Copied from the run's migrated template when Jest's globalSetup built one (see template-store),
 * migrated here otherwise or when `fromTemplate: false` (tests of the migrations themselves). Used by
 * the tests and the benchmarks.
 */
export async function openThrowawayStore(
  serverUrl: string | null,
  prefix: string,
  options: { fromTemplate?: boolean } = {},
): Promise<ThrowawayStore> {
  const fromTemplate = options.fromTemplate ?? true;
  if (!serverUrl) {
    const dump = fromTemplate ? await pgliteTemplate() : null;
    const store = await openStore({ databaseUrl: null, pgliteDir: 'memory', ...(dump ? { pgliteDump: dump } : {}) });
    try {
      if (!dump) await migrateStore(store);
    } catch (error) {
      await store.close();
      throw error;
    }
    return { store, databaseUrl: null, dispose: () => store.close() };
  }

  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const template = fromTemplate ? postgresTemplate(serverUrl) : null;
  await createDatabase(serverUrl, name, template);
  const drop = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  const databaseUrl = databaseUrlOf(serverUrl, name);
  let store: Store | null = null;
  try {
    store = await openStore({ databaseUrl, pgliteDir: 'memory' });
    if (!template) await migrateStore(store);
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

/**
 * `create database … template …` refuses while another session is connected to the template; none
 * should be (the template's builder closed its pool), but a copy started at the same instant by a
 * parallel worker can hold it briefly, so a refused copy is tried again a few times.
 */
async function createDatabase(serverUrl: string, name: string, template: string | null): Promise<void> {
  if (!template) return adminQuery(serverUrl, `create database ${name}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(serverUrl, `create database ${name} template ${template}`);
    } catch (error) {
      const busy = error instanceof Error && /being accessed by other users/.test(error.message);
      if (!busy || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
