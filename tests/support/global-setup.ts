import { buildTemplateStore } from './template-store';

/**
 * Jest globalSetup (node project): one migrated template store for the whole run.
 * TEST_NO_TEMPLATE=1 skips it (each file then migrates its own store, as before: for comparisons).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NO_TEMPLATE === '1') return;
  const started = Date.now();
  await buildTemplateStore(process.env.DATABASE_URL ?? null);
  if (process.env.TEST_TIMINGS) console.log(`\ntemplate store built in ${Date.now() - started} ms`);
}
