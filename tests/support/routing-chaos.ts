import { eq, sql } from 'drizzle-orm';
import { agents, contacts, offers } from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';
import { toAgent } from '../../server/src/db/repositories/agents.repository';
import { EventBus } from '../../server/src/events/bus';
import { createServices, type Services } from '../../server/src/services/services';
import { SeededRandom } from '@shared/utils/seeded-random';

/**
 * The workload of the "never assigned twice" proof, shared by the in-process test and the worker
 * processes: agents accept, decline, let offers expire, go away, disconnect and come back, and
 * finish chats, all interleaved with routing passes and offer expiry.
 */

export const CHAOS_CHAT_CAPACITY = 3;

export function chaosServices(db: Db): Services {
  return createServices({
    db,
    bus: new EventBus(),
    sessionSecret: 'x'.repeat(40),
    sessionTtlMs: 3600_000,
    phone: { defaultRegion: 'FR', fallbackRegions: [] },
    offerTimeoutMs: 60_000,
  });
}

export interface ChaosTally {
  accepted: number;
  declined: number;
  expiredByHand: number;
  lostRaces: number;
  finished: number;
  presenceChanges: number;
}

export const emptyTally = (): ChaosTally => ({
  accepted: 0,
  declined: 0,
  expiredByHand: 0,
  lostRaces: 0,
  finished: 0,
  presenceChanges: 0,
});

const lostRace = (error: unknown) => ['conflict', 'not_found'].includes((error as { code?: string }).code ?? '');

/** One agent's turn: answer each open offer at random, then maybe change presence or finish a chat. */
export async function actorTurn(
  services: Services,
  db: Db,
  agentId: string,
  random: () => number,
  tally: ChaosTally,
): Promise<void> {
  const [row] = await db.select().from(agents).where(eq(agents.id, agentId));
  const me = toAgent(row!);
  for (const offer of await services.offers.mine(me.id)) {
    const choice = random();
    try {
      if (choice < 0.6) {
        await services.offers.accept(me, offer.id);
        tally.accepted += 1;
      } else if (choice < 0.8) {
        await services.offers.decline(me, offer.id, null);
        tally.declined += 1;
      } else {
        // Left unanswered: it expires on the next pass.
        await db
          .update(offers)
          .set({ expiresAt: new Date(Date.now() - 1000) })
          .where(eq(offers.id, offer.id));
        tally.expiredByHand += 1;
      }
    } catch (error) {
      // Losing a race is expected (expired, already decided, at capacity); anything else is not.
      if (!lostRace(error)) throw error;
      tally.lostRaces += 1;
    }
  }
  const roll = random();
  if (roll < 0.08) {
    await services.agents.setPresence(me.id, 'away');
    tally.presenceChanges += 1;
  } else if (roll < 0.12) {
    // The desk disconnected: nobody there to answer.
    await services.agents.setPresence(me.id, 'offline');
    tally.presenceChanges += 1;
  } else if (roll < 0.3) {
    await services.agents.setPresence(me.id, 'available');
    tally.presenceChanges += 1;
  } else if (roll < 0.6) {
    // Finish one chat: it frees a seat.
    const result = await db.execute(sql`
      update contacts set state = 'closed', closed_at = now()
       where id = (select id from contacts where agent_id = ${me.id} and state = 'active' limit 1 for update skip locked)
       returning id`);
    tally.finished += (result as unknown as { rows: unknown[] }).rows.length;
  }
}

export async function routerPass(services: Services): Promise<void> {
  await services.offers.expireDue();
  await services.routing.routeWaiting(80);
}

/** Waves: in each, the router passes while every agent acts, all interleaved. */
export async function runChaos(options: {
  services: Services[];
  db: Db;
  agentIds: string[];
  waves: number;
  seed: number;
}): Promise<ChaosTally> {
  const seeded = new SeededRandom(options.seed);
  const random = () => seeded.next();
  const tally = emptyTally();
  for (let wave = 0; wave < options.waves; wave += 1) {
    await Promise.all([
      ...options.services.map(routerPass),
      ...options.agentIds.map((id, i) =>
        actorTurn(options.services[i % options.services.length]!, options.db, id, random, tally),
      ),
    ]);
  }
  return tally;
}

export const rows = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;

/** The invariants, read from the database: each list must be empty. */
export async function invariantViolations(db: Db, queueId: string) {
  return {
    overCapacity: rows(
      await db.execute(sql`
      select agent_id, count(*)::int as n from contacts where state = 'active' and channel = 'chat' group by agent_id having count(*) > ${CHAOS_CHAT_CAPACITY}`),
    ),
    doublePending: rows(
      await db.execute(
        sql`select contact_id from offers where state = 'pending' group by contact_id having count(*) > 1`,
      ),
    ),
    doubleAccepted: rows(
      await db.execute(
        sql`select contact_id from offers where state = 'accepted' group by contact_id having count(*) > 1`,
      ),
    ),
    inconsistent: rows(
      await db.execute(sql`
      select c.id, c.state, c.agent_id from contacts c where c.queue_id = ${queueId} and (
        (c.state in ('active','closed') and (c.agent_id is null or not exists (select 1 from offers o where o.contact_id = c.id and o.state = 'accepted' and o.agent_id = c.agent_id)))
        or (c.state = 'offered' and not exists (select 1 from offers o where o.contact_id = c.id and o.state = 'pending'))
        or (c.state = 'queued' and (c.agent_id is not null or exists (select 1 from offers o where o.contact_id = c.id and o.state = 'pending'))))`),
    ),
  };
}

export async function countIn(db: Db, queueId: string): Promise<{ contacts: number; accepted: number }> {
  const [c] = rows(await db.execute(sql`select count(*)::int as n from contacts where queue_id = ${queueId}`));
  const [a] = rows(
    await db.execute(
      sql`select count(*)::int as n from offers o join contacts c on c.id = o.contact_id where o.state = 'accepted' and c.queue_id = ${queueId}`,
    ),
  );
  return { contacts: Number(c!.n), accepted: Number(a!.n) };
}

export { contacts };
