import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateStore, openStore, type Store } from '../../server/src/db/store';

/**
 * A fresh, migrated store for one test file: PGlite in memory by default; when DATABASE_URL is
 * set, a throw-away database on that PostgreSQL server (dropped afterwards).
 */
export async function createTestStore(): Promise<{ store: Store; databaseUrl: string | null; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const store = await openStore({ databaseUrl: null, pgliteDir: 'memory' });
    await migrateStore(store);
    return { store, databaseUrl: null, dispose: () => store.close() };
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const store = await openStore({ databaseUrl, pgliteDir: 'memory' });
  await migrateStore(store);
  return {
    store,
    databaseUrl,
    async dispose() {
      await store.close();
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
