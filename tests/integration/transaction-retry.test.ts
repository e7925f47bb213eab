import { eq, sql } from 'drizzle-orm';
import { agents } from '../../server/src/db/schema';
import { openStore, type Store } from '../../server/src/db/store';
import { inTransaction, TRANSACTION_ATTEMPTS } from '../../server/src/db/unit-of-work';
import { AppError } from '../../server/src/errors';
import { buildAgent } from '../factories/agents';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * A unit of work that PostgreSQL breaks (deadlock victim, serialisation failure) runs again from
 * the start, its afterCommit hooks only once, for the attempt that committed; past a bounded number
 * of attempts the caller gets a 503 `service_unavailable`, never the driver's error (a 500).
 */
describe('transactions the database broke run again', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore();
  });
  afterAll(() => t.dispose());

  it(`gives up after ${TRANSACTION_ATTEMPTS} broken attempts with 503 service_unavailable and runs no hook`, async () => {
    let attempts = 0;
    let hooks = 0;
    const failure = inTransaction(t.store.db, async (uow) => {
      attempts += 1;
      uow.afterCommit(() => {
        hooks += 1;
      });
      // What the driver throws for a serialisation failure.
      throw Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' });
    });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ reason: 'service_unavailable', code: 'unavailable' });
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    expect(hooks).toBe(0);
  });

  it('passes other errors through at once', async () => {
    let attempts = 0;
    await expect(
      inTransaction(t.store.db, async () => {
        attempts += 1;
        throw new AppError('agent_not_found', 'agent not found');
      }),
    ).rejects.toMatchObject({ reason: 'agent_not_found' });
    expect(attempts).toBe(1);
  });

  const onServer = process.env.DATABASE_URL ? it : it.skip;
  onServer('lets two transactions that lock two rows in opposite orders both commit (one is run again)', async () => {
    const second: Store = await openStore({ databaseUrl: t.databaseUrl!, pgliteDir: 'memory' });
    try {
      const a = await buildAgent(t.store.db);
      const b = await buildAgent(t.store.db);
      let attempts = 0;
      const hooks: string[] = [];
      // Both hold their first row before either asks for the second: a certain deadlock.
      let arrived = 0;
      let release: () => void = () => undefined;
      const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
      const crossing = (db: Store['db'], first: string, then: string, name: string) =>
        inTransaction(db, async (uow) => {
          attempts += 1;
          await uow.tx.execute(sql`select id from agents where id = ${first} for update`);
          arrived += 1;
          if (arrived === 2) release();
          await bothHoldOne;
          await uow.tx.execute(sql`select id from agents where id = ${then} for update`);
          await uow.tx
            .update(agents)
            .set({ consecutiveMisses: sql`${agents.consecutiveMisses} + 1` })
            .where(eq(agents.id, then));
          uow.afterCommit(() => hooks.push(name));
        });
      await Promise.all([crossing(t.store.db, a.id, b.id, 'one'), crossing(second.db, b.id, a.id, 'two')]);
      expect(attempts).toBe(3);
      expect(hooks.sort()).toEqual(['one', 'two']);
      const misses = await t.store.db.select({ n: agents.consecutiveMisses }).from(agents).where(eq(agents.id, a.id));
      expect(misses[0]!.n).toBe(1);
    } finally {
      await second.close();
    }
  });
});
