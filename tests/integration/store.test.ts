import { sql } from 'drizzle-orm';
import { cases, timelineEvents } from '../../server/src/db/schema';
import type { Store } from '../../server/src/db/store';
import { migrateStore } from '../../server/src/db/store';
import { timelineRepository } from '../../server/src/db/repositories/timeline.repository';
import { buildCustomer, buildTimelineHistory } from '../factories/customers';
import { createTestStore } from '../support/test-store';

let store: Store;
let dispose: () => Promise<void>;

beforeAll(async () => {
  // Migrated here rather than copied from the run's template: the first test is about the migrations.
  ({ store, dispose } = await createTestStore({ fromTemplate: false }));
});
afterAll(() => dispose());

/** What the database said: Drizzle wraps the driver's error as `cause`. */
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => 'accepted',
    (error: { message: string; cause?: { message?: string } }) => error.cause?.message ?? error.message,
  );

const rows = (result: unknown): Array<Record<string, unknown>> =>
  (result as { rows?: Array<Record<string, unknown>> }).rows ?? (result as Array<Record<string, unknown>>);

describe(`the store (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('applies the migrations once; applying them again changes nothing', async () => {
    await migrateStore(store);
    const tables = rows(
      await store.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      ),
    ).map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'agents',
        'sessions',
        'customers',
        'customer_identities',
        'customer_addresses',
        'queues',
        'cases',
        'contacts',
        'timeline_events',
      ]),
    );
  });

  it('keeps the timeline append-only: updates and deletes are refused by the database', async () => {
    const customer = await buildCustomer(store.db);
    await buildTimelineHistory(store.db, customer.id, 1);
    const mine = sql`${timelineEvents.customerId} = ${customer.id}`;
    expect(await refusal(store.db.update(timelineEvents).set({ body: 'rewritten' }).where(mine))).toMatch(
      /append-only \(UPDATE refused\)/,
    );
    expect(await refusal(store.db.delete(timelineEvents).where(mine))).toMatch(/append-only \(DELETE refused\)/);
    const page = await timelineRepository.page(store.db, customer.id, null, 10);
    expect(page.map((r) => r.body)).toEqual(['history note 1']);
  });

  it('refuses an open case without an owner (field note 4)', async () => {
    const customer = await buildCustomer(store.db);
    expect(await refusal(store.db.insert(cases).values({ customerId: customer.id, subject: 'orphan' }))).toMatch(
      /cases_open_has_owner/,
    );
    await expect(
      store.db.insert(cases).values({ customerId: customer.id, subject: 'closed orphan', status: 'closed' }),
    ).resolves.toBeDefined();
  });

  it('refuses values outside the model (roles, channels, states)', async () => {
    const customer = await buildCustomer(store.db);
    expect(
      await refusal(
        store.db
          .insert(timelineEvents)
          .values({ customerId: customer.id, channel: 'fax', type: 'note.added', actorKind: 'agent' }),
      ),
    ).toMatch(/timeline_events_channel_check/);
  });

  it('serves a customer’s timeline newest first from its index, with a keyset not OFFSET', async () => {
    const customer = await buildCustomer(store.db);
    await buildTimelineHistory(store.db, customer.id, 50);
    const first = await timelineRepository.page(store.db, customer.id, null, 20);
    const last = first[first.length - 1]!;
    const second = await timelineRepository.page(
      store.db,
      customer.id,
      { occurredAt: last.occurredAt, id: last.id },
      20,
    );
    expect(first[0]!.body).toBe('history note 50');
    expect(second[0]!.body).toBe('history note 30');

    // With sequential scans ruled out, the planner must be able to use the (customer, occurred_at desc, id desc) index.
    const plan = await store.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return rows(
        await tx.execute(
          sql`explain select * from timeline_events where customer_id = ${customer.id} and (occurred_at, id) < (now(), 999999) order by occurred_at desc, id desc limit 31`,
        ),
      )
        .map((r) => String(Object.values(r)[0]))
        .join('\n');
    });
    expect(plan).toMatch(/timeline_events_customer_newest_idx/);
    expect(plan).not.toMatch(/Sort/);
  });

  it('finds identities by phone and email through an index', async () => {
    const plan = await store.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return rows(
        await tx.execute(
          sql`explain select customer_id from customer_identities where kind = 'phone' and value = '+33142685300'`,
        ),
      )
        .map((r) => String(Object.values(r)[0]))
        .join('\n');
    });
    expect(plan).toMatch(/customer_identities_lookup_idx/);
  });
});
