import path from 'node:path';
import { loadConfig } from '../config/config';
import { migrateStore, openStore, type Store } from '../db/store';
import { seedDemo } from './demo-seed';

/**
 * `npm run seed`: migrates the configured store and fills it with the demo contact centre, unless
 * it is already there. Prints one line; exits non-zero with the reason when something fails.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let store: Store | null = null;
  try {
    store = await openStore({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
    await migrateStore(store);
    const started = Date.now();
    const result = await seedDemo(store.db, { demoPassword: config.demoPassword });
    const where = store.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${path.join(config.dataDir, 'pglite')})`;
    if (result.seeded) {
      const summary = Object.entries(result.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
      console.log(`Demo data seeded in ${where} in ${Date.now() - started} ms: ${summary}.`);
    } else {
      console.log(`Demo data already present in ${where}: nothing to do.`);
    }
  } finally {
    await store?.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Seeding the demo data failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
