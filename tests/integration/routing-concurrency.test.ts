import { eq, sql } from 'drizzle-orm';
import { agents, contacts, offers, queues } from '../../server/src/db/schema';
import { openStore, type Store } from '../../server/src/db/store';
import { EventBus } from '../../server/src/events/bus';
import { createServices, type Services } from '../../server/src/services/services';
import { toAgent } from '../../server/src/db/repositories/agents.repository';
import { buildAgent, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { createTestStore, type TestStore } from '../support/test-store';
import { ALWAYS_OPEN } from '../factories/queues';

/**
 * "Never assigned twice": agents accept, decline, let offers expire, go away and come back, and
 * finish chats, all interleaved, while routing passes run. On PGlite transactions run one at a
 * time but the actors still interleave between them; with DATABASE_URL, two independent service
 * sets on separate connection pools (as two server processes would) contend on one PostgreSQL.
 */
const AGENTS = 20;
const CONTACTS = 200;
const CHAT_CAPACITY = 3;

let shared: TestStore;
let second: Store | null = null;
const rows = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;

function servicesOn(store: Store): Services {
  return createServices({ db: store.db, bus: new EventBus(), sessionSecret: 'x'.repeat(40), sessionTtlMs: 3600_000, phone: { defaultRegion: 'FR', fallbackRegions: [] }, offerTimeoutMs: 60_000 });
}

beforeAll(async () => {
  shared = await createTestStore();
  if (shared.databaseUrl) second = await openStore({ databaseUrl: shared.databaseUrl, pgliteDir: 'memory' });
});
afterAll(async () => {
  await second?.close();
  await shared.dispose();
});

// A small deterministic PRNG: the same interleaving choices on every run.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it(`keeps every contact with at most one agent and every agent within capacity (${AGENTS} agents, ${CONTACTS} chats)`, async () => {
  const db = shared.store.db;
  const [queue] = await db.insert(queues).values({ name: 'Chat', channels: ['chat'], businessHours: ALWAYS_OPEN }).returning();
  const team: BuiltAgent[] = [];
  for (let i = 0; i < AGENTS; i += 1) team.push(await buildAgent(db, { role: 'agent' }));
  await db.update(agents).set({ presence: 'available', capacity: { voice: 1, chat: CHAT_CAPACITY, email: 5 } });
  const customer = await buildCustomer(db);
  for (let i = 0; i < CONTACTS; i += 50) {
    await db.insert(contacts).values(
      Array.from({ length: Math.min(50, CONTACTS - i) }, () => ({ customerId: customer.id, channel: 'chat', state: 'queued', queueId: queue!.id, queuedAt: new Date() })),
    );
  }
  const sides = [servicesOn(shared.store), ...(second ? [servicesOn(second)] : [])];
  const random = rng(42);
  const agentRows = await db.select().from(agents);

  const actorRound = async (index: number) => {
    const services = sides[index % sides.length]!;
    const me = toAgent(agentRows.find((a) => a.id === team[index]!.id)!);
    {
      const roll = random();
      const mine = await services.offers.mine(me.id);
      for (const offer of mine) {
        const choice = random();
        try {
          if (choice < 0.6) await services.offers.accept(me, offer.id);
          else if (choice < 0.8) await services.offers.decline(me, offer.id, null);
          else await db.update(offers).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(offers.id, offer.id));
        } catch (error) {
          // Losing a race is expected (expired, already decided, at capacity); anything else is not.
          if ((error as { code?: string }).code !== 'conflict' && (error as { code?: string }).code !== 'not_found') throw error;
        }
      }
      if (roll < 0.1) await services.agents.setPresence(me.id, 'away');
      else if (roll < 0.3) await services.agents.setPresence(me.id, 'available');
      else if (roll < 0.5) {
        // Finish one chat: it frees a seat.
        await db.execute(sql`update contacts set state = 'closed', closed_at = now() where id = (select id from contacts where agent_id = ${me.id} and state = 'active' limit 1)`);
      }
    }
  };
  const routerPass = async (services: Services) => {
    await services.offers.expireDue();
    await services.routing.routeWaiting(60);
  };
  // Waves: in each, every side routes while every agent acts, all interleaved.
  for (let wave = 0; wave < 30; wave += 1) {
    await Promise.all([...sides.map(routerPass), ...team.map((_, i) => actorRound(i))]);
  }

  // Invariants, read from the database.
  const overCapacity = rows(await db.execute(sql`
    select agent_id, count(*)::int as n from contacts where state = 'active' and channel = 'chat' group by agent_id having count(*) > ${CHAT_CAPACITY}`));
  expect(overCapacity).toEqual([]);
  const doublePending = rows(await db.execute(sql`select contact_id from offers where state = 'pending' group by contact_id having count(*) > 1`));
  expect(doublePending).toEqual([]);
  const doubleAccepted = rows(await db.execute(sql`select contact_id from offers where state = 'accepted' group by contact_id having count(*) > 1`));
  expect(doubleAccepted).toEqual([]);
  const inconsistent = rows(await db.execute(sql`
    select c.id, c.state, c.agent_id from contacts c where c.queue_id = ${queue!.id} and (
      (c.state in ('active','closed') and (c.agent_id is null or not exists (select 1 from offers o where o.contact_id = c.id and o.state = 'accepted' and o.agent_id = c.agent_id)))
      or (c.state = 'offered' and not exists (select 1 from offers o where o.contact_id = c.id and o.state = 'pending'))
      or (c.state = 'queued' and (c.agent_id is not null or exists (select 1 from offers o where o.contact_id = c.id and o.state = 'pending'))))`));
  expect(inconsistent).toEqual([]);
  const counted = rows(await db.execute(sql`select count(*)::int as n from contacts where queue_id = ${queue!.id}`))[0]!.n;
  expect(counted).toBe(CONTACTS);
  const accepted = rows(await db.execute(sql`select count(*)::int as n from offers where state = 'accepted'`))[0]!.n as number;
  // The run did real work, not nothing.
  expect(accepted).toBeGreaterThan(CONTACTS / 2);
});
