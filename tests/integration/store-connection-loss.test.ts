import { sql } from 'drizzle-orm';
import { openStore } from '../../server/src/db/store';
import { createTestStore, type TestStore } from '../support/test-store';

/** A PostgreSQL server that drops idle connections (restart, failover) must not take the process down. */
const onServer = process.env.DATABASE_URL ? it : it.skip;

let shared: TestStore;
beforeAll(async () => {
  shared = await createTestStore();
});
afterAll(() => shared.dispose());

onServer('survives the server terminating its idle connections, and reconnects', async () => {
  const errors: Error[] = [];
  const store = await openStore({
    databaseUrl: shared.databaseUrl,
    pgliteDir: 'memory',
    onConnectionError: (e) => errors.push(e),
  });
  try {
    await store.db.execute(sql`select 1`);
    // Another session kills every other connection to this database, as an admin or a restart would.
    await shared.store.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    // The pool hears of it asynchronously: wait for it (bounded), no timing asserted.
    for (let waited = 0; errors.length === 0 && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors.length).toBeGreaterThan(0);
    const result = (await store.db.execute(sql`select 41 + 1 as answer`)) as unknown as {
      rows: Array<{ answer: number }>;
    };
    expect(result.rows[0]!.answer).toBe(42);
  } finally {
    await store.close();
  }
});
