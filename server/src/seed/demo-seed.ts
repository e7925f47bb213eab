import { eq, inArray, sql } from 'drizzle-orm';
import {
  agents,
  appMeta,
  cases,
  contacts,
  customerAddresses,
  customerIdentities,
  customers,
  queues,
  timelineEvents,
} from '../db/schema';
import type { Db, DbOrTx } from '../db/store';
import { hashPassword } from '../services/password';
import { bulkInsert } from './bulk-insert';
import { buildDemoData, countDemoData } from './demo-data';
import { buildAgentRows, buildQueueRows, DEMO_STAFF, queueInsert, type AgentRow, type QueueRow } from './demo-staff';

export { DEMO_SHOWCASE } from './demo-showcase';
export { DEMO_STAFF } from './demo-staff';

/** The app_meta key written last, in the same transaction: its presence means "fully seeded". */
export const DEMO_SEED_KEY = 'demo_seed';
const DEMO_SEED_VERSION = 1;
/** Two server processes starting together seed once: the second waits, then sees the marker. */
const SEED_LOCK_ID = 727_102;

export interface SeedDemoOptions {
  demoPassword: string;
  /** The seed's "today": dates in the demo are relative to it. */
  now?: Date;
  logger?: { info(obj: object, msg?: string): void };
}

export interface SeedDemoResult {
  seeded: boolean;
  counts: Record<string, number>;
}

/**
 * Seeded already, or not an empty store: customers that are not the demo's are never mixed with
 * demo data (SEED_DEMO defaults to true, so this protects a real database).
 */
async function alreadySeeded(db: DbOrTx): Promise<boolean> {
  const marker = await db.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, DEMO_SEED_KEY));
  if (marker.length > 0) return true;
  const anyCustomer = await db.select({ id: customers.id }).from(customers).limit(1);
  return anyCustomer.length > 0;
}

/**
 * An agent or queue that already exists (same email, same name) is kept as it is, password
 * included, and the demo history uses it: the seed never overwrites what someone set up.
 */
async function reuseExisting(
  tx: DbOrTx,
  team: AgentRow[],
  queueRows: QueueRow[],
): Promise<{ newAgents: AgentRow[]; newQueues: QueueRow[] }> {
  const existingAgents = await tx
    .select({ id: agents.id, email: agents.email, displayName: agents.displayName })
    .from(agents)
    .where(
      inArray(
        agents.email,
        team.map((a) => a.email),
      ),
    );
  const existingQueues = await tx
    .select({ id: queues.id, name: queues.name })
    .from(queues)
    .where(
      inArray(
        queues.name,
        queueRows.map((q) => q.name),
      ),
    );
  const newAgents: AgentRow[] = [];
  for (const row of team) {
    const found = existingAgents.find((a) => a.email === row.email);
    if (found) Object.assign(row, { id: found.id, displayName: found.displayName });
    else newAgents.push(row);
  }
  const newQueues: QueueRow[] = [];
  for (const row of queueRows) {
    const found = existingQueues.find((q) => q.name === row.name);
    if (found) row.id = found.id;
    else newQueues.push(row);
  }
  return { newAgents, newQueues };
}

/**
 * Fills an empty store with a demo contact centre: 11 staff, queues, 300 customers with their
 * identities, addresses and ~18 months of history. Idempotent: does nothing once the marker row
 * exists (or when the store already has customers), and writes everything in one transaction,
 * the marker last.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<SeedDemoResult> {
  if (await alreadySeeded(db)) return { seeded: false, counts: {} };
  const started = Date.now();
  const now = options.now ?? new Date();
  // scrypt runs on libuv's thread pool, in parallel with building and inserting the customers.
  const hashing = Promise.all(DEMO_STAFF.map(() => hashPassword(options.demoPassword)));
  hashing.catch(() => undefined);

  const counts = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    if (await alreadySeeded(tx)) return null;
    const team = buildAgentRows(now);
    const queueRows = buildQueueRows();
    const { newAgents, newQueues } = await reuseExisting(tx, team, queueRows);
    const data = buildDemoData(now, team, queueRows);

    if (newQueues.length > 0) await tx.insert(queues).values(newQueues.map(queueInsert));
    await bulkInsert(tx, customers, data.customers);
    await bulkInsert(tx, customerIdentities, data.identities);
    await bulkInsert(tx, customerAddresses, data.addresses);
    const hashes = await hashing;
    if (newAgents.length > 0) {
      await tx.insert(agents).values(newAgents.map((row) => ({ ...row, passwordHash: hashes[team.indexOf(row)]! })));
    }
    await bulkInsert(tx, cases, data.cases);
    await bulkInsert(tx, contacts, data.contacts);
    await bulkInsert(tx, timelineEvents, data.events);

    const result = countDemoData(data);
    await tx.insert(appMeta).values({
      key: DEMO_SEED_KEY,
      value: JSON.stringify({ version: DEMO_SEED_VERSION, seededAt: now.toISOString(), counts: result }),
    });
    return result;
  });

  if (!counts) return { seeded: false, counts: {} };
  options.logger?.info({ counts, ms: Date.now() - started }, 'demo data seeded');
  return { seeded: true, counts };
}
