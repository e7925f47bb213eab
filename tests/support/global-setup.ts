import { buildTemplateStore } from './template-store';

/** Jest globalSetup (node project): one migrated template store for the whole run. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await buildTemplateStore(process.env.DATABASE_URL ?? null);
  if (process.env.TEST_TIMINGS) console.log(`\ntemplate store built in ${Date.now() - started} ms`);
}
