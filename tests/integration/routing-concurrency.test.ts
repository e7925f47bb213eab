import { spawn } from 'node:child_process';
import path from 'node:path';
import { agents, contacts, queues } from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';
import { openStore, type Store } from '../../server/src/db/store';
import { buildAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { ALWAYS_OPEN } from '../factories/queues';
import { CHAOS_CHAT_CAPACITY, chaosServices, countIn, invariantViolations, runChaos } from '../support/routing-chaos';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * "Never assigned twice": 50 agents and 1,000 chats; agents accept, decline, let offers expire, go
 * away, disconnect and come back, and finish chats, all interleaved with routing passes. Then the
 * invariants are read from the database. On PGlite transactions run one at a time but the actors
 * still interleave between them; with DATABASE_URL, a second in-process service set on its own
 * pool, and then two separate server processes, contend on one PostgreSQL server.
 */
const AGENTS = 50;
// A safety net, not a performance bound: each run takes about 30 s alone, and up to two minutes
// while the other Jest worker runs beside it on a two-core machine.
jest.setTimeout(240_000);
const CONTACTS = 1_000;

async function seedWorkload(db: Db): Promise<{ queueId: string; agentIds: string[] }> {
  const [queue] = await db
    .insert(queues)
    .values({ name: 'Chat', channels: ['chat'], businessHours: ALWAYS_OPEN })
    .returning();
  const agentIds: string[] = [];
  for (let i = 0; i < AGENTS; i += 1) agentIds.push((await buildAgent(db, { role: 'agent' })).id);
  await db.update(agents).set({ presence: 'available', capacity: { voice: 1, chat: CHAT_CAPACITY_OF_TEST, email: 5 } });
  const customer = await buildCustomer(db);
  for (let i = 0; i < CONTACTS; i += 100) {
    await db.insert(contacts).values(
      Array.from({ length: Math.min(100, CONTACTS - i) }, () => ({
        customerId: customer.id,
        channel: 'chat',
        state: 'queued',
        queueId: queue!.id,
        queuedAt: new Date(),
      })),
    );
  }
  return { queueId: queue!.id, agentIds };
}
const CHAT_CAPACITY_OF_TEST = CHAOS_CHAT_CAPACITY;

async function expectInvariants(db: Db, queueId: string): Promise<void> {
  expect(await invariantViolations(db, queueId)).toEqual({
    overCapacity: [],
    doublePending: [],
    doubleAccepted: [],
    inconsistent: [],
  });
  const counted = await countIn(db, queueId);
  expect(counted.contacts).toBe(CONTACTS);
  // The run did real work: seats were freed and filled again, more than twice over.
  expect(counted.accepted).toBeGreaterThan(2 * AGENTS * CHAOS_CHAT_CAPACITY);
}

describe('never assigned twice', () => {
  let t: TestStore;
  let second: Store | null = null;
  beforeAll(async () => {
    t = await createTestStore();
    if (t.databaseUrl) second = await openStore({ databaseUrl: t.databaseUrl, pgliteDir: 'memory' });
  });
  afterAll(async () => {
    await second?.close();
    await t.dispose();
  });

  it(`keeps every contact with at most one agent and every agent within capacity, in one process (${AGENTS} agents, ${CONTACTS} chats)`, async () => {
    const db = t.store.db;
    const { queueId, agentIds } = await seedWorkload(db);
    const sides = [chaosServices(db), ...(second ? [chaosServices(second.db)] : [])];
    await runChaos({ services: sides, db, agentIds, waves: 40, seed: 42 });
    await expectInvariants(db, queueId);
  });
});

const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('never assigned twice, two server processes on one PostgreSQL', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore();
  });
  afterAll(() => t.dispose());

  function worker(seed: number, agentIds: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.resolve(__dirname, '../support/routing-worker.ts'),
          t.databaseUrl!,
          String(seed),
          '40',
          agentIds.join(','),
        ],
        {
          // tsx finds the tsconfig (and its @shared alias) from the checkout's folder.
          cwd: path.resolve(__dirname, '../..'),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`worker ${seed} exited with ${code}:\n${err}`)),
      );
    });
  }

  it(`keeps the invariants with two OS processes routing and answering offers for the same ${AGENTS} agents`, async () => {
    const db = t.store.db;
    const { queueId, agentIds } = await seedWorkload(db);
    const outputs = await Promise.all([worker(1, agentIds), worker(2, agentIds)]);
    const tallies = outputs.map((o) => JSON.parse(o.trim()) as { pid: number; accepted: number; lostRaces: number });
    // Two distinct processes, each of which did real work.
    expect(new Set(tallies.map((x) => x.pid)).size).toBe(2);
    for (const tally of tallies) expect(tally.accepted).toBeGreaterThan(0);
    await expectInvariants(db, queueId);
  });
});
