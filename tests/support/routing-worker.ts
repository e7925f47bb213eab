/**
 * One server process of the two-process "never assigned twice" proof: opens its own pool on the
 * PostgreSQL database it is given and runs the shared chaos workload for every agent, while the
 * other process does the same. Prints its tally as one JSON line; exits non-zero on any error
 * that is not a lost race.
 *   node --import tsx tests/support/routing-worker.ts <databaseUrl> <seed> <waves> <agentId,agentId,…>
 */
import { openStore } from '../../server/src/db/store';
import { chaosServices, runChaos } from './routing-chaos';

async function main(): Promise<void> {
  const [databaseUrl, seed, waves, agentList] = process.argv.slice(2);
  if (!databaseUrl || !seed || !waves || !agentList)
    throw new Error('usage: routing-worker <databaseUrl> <seed> <waves> <agentIds>');
  const store = await openStore({ databaseUrl, pgliteDir: 'memory' });
  try {
    const tally = await runChaos({
      services: [chaosServices(store.db)],
      db: store.db,
      agentIds: agentList.split(','),
      waves: Number(waves),
      seed: Number(seed),
    });
    process.stdout.write(`${JSON.stringify({ pid: process.pid, ...tally })}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
