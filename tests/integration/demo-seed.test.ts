import { billingAddressMismatch, type AddressFacts } from '@shared/domain/address-rules';
import { CHANNELS } from '@shared/schemas/common';
import { timelineChannelSchema, timelineEventTypeSchema } from '@shared/schemas/timeline';
import { normalisePhone } from '@shared/utils/phone';
import { foldForSearch } from '@shared/utils/search-query';
import { sql } from 'drizzle-orm';
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
} from '../../server/src/db/schema';
import { verifyPassword } from '../../server/src/services/password';
import { buildDemoData } from '../../server/src/seed/demo-data';
import { DEMO_SHOWCASE, seedDemo } from '../../server/src/seed/demo-seed';
import { buildAgentRows, buildQueueRows } from '../../server/src/seed/demo-staff';
import { createTestStore, type TestStore } from '../support/test-store';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-14T10:30:00.000Z');
const TODAY = '2026-03-14';
const PASSWORD = 'demo-password-for-tests';
const E164 = /^\+[1-9]\d{6,14}$/;
const RESERVED_DOMAINS = ['example.com', 'example.fr', 'example.be', 'example.org'];

let testStore: TestStore;
let seedResult: Awaited<ReturnType<typeof seedDemo>>;

type Db = TestStore['store']['db'];
const db = (): Db => testStore.store.db;

beforeAll(async () => {
  testStore = await createTestStore();
  seedResult = await seedDemo(db(), { demoPassword: PASSWORD, now: NOW });
});

afterAll(async () => {
  await testStore?.dispose();
});

async function rowCount(table: Parameters<ReturnType<Db['select']>['from']>[0]): Promise<number> {
  const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(table);
  return row!.n;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

describe('seedDemo', () => {
  it('reports what it inserted', () => {
    expect(seedResult.seeded).toBe(true);
    expect(seedResult.counts).toMatchObject({ agents: 11, customers: 300 });
    expect(seedResult.counts.timelineEvents).toBeGreaterThan(3000);
  });

  it('creates the documented team, all offline, with extensions and the demo password', async () => {
    const team = await db().select().from(agents);
    const byEmail = Object.fromEntries(team.map((a) => [a.email, a.role]));
    expect(byEmail).toEqual({
      ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`agent${n}@demo.local`, 'agent'])),
      ...Object.fromEntries([1, 2, 3].map((n) => [`specialist${n}@demo.local`, 'specialist'])),
      'supervisor@demo.local': 'supervisor',
      'admin@demo.local': 'admin',
    });
    expect(team.map((a) => a.extension).sort()).toEqual(Array.from({ length: 11 }, (_, i) => String(1001 + i)));
    for (const agent of team) {
      expect(agent.presence).toBe('offline');
      expect(agent.capacity).toEqual({ voice: 1, chat: 3, email: 5 });
      expect(agent.displayName).toMatch(/^\p{Lu}\p{L}+ \p{Lu}/u);
    }
    const agent1 = team.find((a) => a.email === 'agent1@demo.local')!;
    await expect(verifyPassword(PASSWORD, agent1.passwordHash)).resolves.toBe(true);
    await expect(verifyPassword('wrong', agent1.passwordHash)).resolves.toBe(false);
  });

  it('creates queues covering every channel, with business hours, zones and service levels', async () => {
    const rows = await db().select().from(queues);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.flatMap((q) => q.channels))).toEqual(new Set(CHANNELS));
    expect(rows.some((q) => q.timeZone === 'Europe/Brussels')).toBe(true);
    for (const q of rows) {
      expect(() => new Intl.DateTimeFormat('fr', { timeZone: q.timeZone })).not.toThrow();
      for (const [day, ranges] of Object.entries(q.businessHours)) {
        expect(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).toContain(day);
        for (const [open, close] of ranges) expect(open < close).toBe(true);
      }
      const expected =
        q.channels.includes('email') && q.channels.length === 1 ? [90, 86_400] : [80, expect.any(Number)];
      expect([q.serviceLevelPercent, q.serviceLevelSeconds]).toEqual(expected);
    }
  });

  it('creates 300 customers with searchable names and salutations only where stated', async () => {
    const rows = await db().select().from(customers);
    expect(rows).toHaveLength(300);
    for (const c of rows) {
      expect(c.searchName).toBe(foldForSearch([c.givenName, c.familyName, c.companyName].filter(Boolean).join(' ')));
      if (c.kind === 'company') expect(c.companyName).toBeTruthy();
      else expect(c.displayName).toBe(`${c.givenName} ${c.familyName}`);
    }
    const companies = rows.filter((c) => c.kind === 'company').length;
    expect(companies).toBeGreaterThanOrEqual(3);
    expect(companies).toBeLessThan(30);
    const stated = rows.filter((c) => c.salutation !== null).length;
    expect(stated).toBeGreaterThan(30);
    expect(stated).toBeLessThan(150);
    expect(rows.filter((c) => c.kind === 'company' && c.salutation !== null)).toHaveLength(0);
    expect(rows.some((c) => /[éèëïôç]/i.test(c.displayName))).toBe(true);
    expect(new Set(rows.map((c) => c.preferredLanguage))).toEqual(new Set(['fr', 'nl', null]));
  });

  it('stores phones as E.164 from many written forms, and keeps invalid ones as typed', async () => {
    const phones = await db().select().from(customerIdentities).where(sql`${customerIdentities.kind} = 'phone'`);
    const valid = phones.filter((p) => p.valid);
    const invalid = phones.filter((p) => !p.valid);
    for (const p of valid) {
      expect(p.value).toMatch(E164);
      const region = p.value.startsWith('+32') ? 'BE' : 'FR';
      expect(normalisePhone(p.rawValue, { defaultRegion: region })).toMatchObject({ kind: 'e164', e164: p.value });
    }
    expect(invalid.length).toBeGreaterThanOrEqual(2);
    expect(invalid.length).toBeLessThanOrEqual(4);
    for (const p of invalid) {
      expect(p.value).toBe(p.rawValue);
      expect(normalisePhone(p.rawValue).kind).toBe('invalid');
    }
    const formats = new Set(valid.map((p) => p.rawValue.replace(/\d+/g, 'd')));
    expect(formats.size).toBeGreaterThanOrEqual(5);
    for (const prefix of ['+33', '+32', '+262']) expect(valid.some((p) => p.value.startsWith(prefix))).toBe(true);
    // A household or two share a landline; nobody else shares a number.
    const shared = [...groupBy(valid, (p) => p.value).values()].filter((list) => list.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(1);
    expect(shared.length).toBeLessThanOrEqual(3);
    for (const list of groupBy(phones, (p) => p.customerId).values()) {
      expect(list.filter((p) => p.isPrimary).length).toBeLessThanOrEqual(1);
    }
  });

  it('gives every customer an account number and most a unique e-mail on reserved domains', async () => {
    const ids = await db().select().from(customerIdentities);
    const accounts = ids.filter((i) => i.kind === 'account');
    expect(new Set(accounts.map((a) => a.customerId)).size).toBe(300);
    for (const a of accounts) expect(a.value).toMatch(/^ACC-\d{6}$/);
    const emails = ids.filter((i) => i.kind === 'email');
    expect(emails.length).toBeGreaterThan(200);
    expect(new Set(emails.map((e) => e.value)).size).toBe(emails.length);
    for (const e of emails) {
      expect(e.value).toBe(e.rawValue.toLowerCase());
      expect(RESERVED_DOMAINS).toContain(e.value.split('@')[1]);
    }
    expect(emails.some((e) => e.rawValue !== e.value)).toBe(true);
  });

  it('flags a billing address that differs from the newest home or service address for 10-20 % of customers', async () => {
    const rows = await db().select().from(customerAddresses);
    const byCustomer = groupBy(rows, (a) => a.customerId);
    expect(byCustomer.size).toBe(300);
    let mismatches = 0;
    for (const list of byCustomer.values()) {
      const facts = list.map((a) => ({ ...a, role: a.role as AddressFacts['role'] }));
      expect(facts.some((a) => a.role === 'billing' && a.validTo === null)).toBe(true);
      for (const a of facts) expect(a.postalCode).toMatch(a.country === 'BE' ? /^\d{4}$/ : /^\d{5}$/);
      if (billingAddressMismatch(facts, TODAY)) mismatches += 1;
    }
    expect(mismatches / 300).toBeGreaterThanOrEqual(0.1);
    expect(mismatches / 300).toBeLessThanOrEqual(0.2);
  });

  it('records contacts on all four channels with consistent lifecycles', async () => {
    const rows = await db().select().from(contacts);
    const queueChannels = new Map((await db().select().from(queues)).map((q) => [q.id, q.channels]));
    expect(new Set(rows.map((c) => c.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(rows.map((c) => c.state))).toEqual(new Set(['closed', 'missed', 'abandoned']));
    const outOfQueue = rows.filter((c) => !queueChannels.get(c.queueId!)?.includes(c.channel));
    expect(outOfQueue).toEqual([]);
    const outOfOrder = rows.filter((c) => {
      const times = [c.queuedAt, c.offeredAt, c.answeredAt, c.endedAt, c.closedAt]
        .filter((t): t is Date => t !== null)
        .map((t) => t.getTime());
      return times.some((t, i) => i > 0 && t < times[i - 1]!) || c.closedAt!.getTime() > NOW.getTime();
    });
    expect(outOfOrder).toEqual([]);
    const unhandled = rows.filter(
      (c) => c.state === 'closed' && (!c.agentId || !c.answeredAt || !c.disposition || !(c.talkSeconds! > 0)),
    );
    expect(unhandled).toEqual([]);
  });

  it('writes timeline events with known types, flat payloads and the acting agent’s name', async () => {
    const team = new Map((await db().select().from(agents)).map((a) => [a.id, a.displayName]));
    const events = await db().select().from(timelineEvents);
    const types = new Set(timelineEventTypeSchema.options);
    expect(
      events.filter((e) => !types.has(e.type as never) || !timelineChannelSchema.safeParse(e.channel).success),
    ).toEqual([]);
    expect(events.filter((e) => e.occurredAt.getTime() > NOW.getTime())).toEqual([]);
    const nested = events.filter((e) => Object.values(e.payload).some((v) => v !== null && typeof v === 'object'));
    expect(nested).toEqual([]);
    const misnamed = events.filter(
      (e) => e.actorKind === 'agent' && (!e.actorName || e.actorName !== team.get(e.actorId!)),
    );
    expect(misnamed).toEqual([]);
    expect(events.filter((e) => e.actorKind === 'agent').length).toBeGreaterThan(events.length / 3);
    for (const type of [
      'call.received',
      'call.ended',
      'call.missed',
      'email.received',
      'email.sent',
      'chat.started',
      'chat.ended',
      'callback.requested',
      'callback.completed',
      'note.added',
      'customer.created',
      'case.opened',
      'case.transferred',
      'case.closed',
    ]) {
      expect(events.some((e) => e.type === type)).toBe(true);
    }
    for (const e of events.filter((x) => x.type === 'case.transferred')) {
      expect(e.payload).toMatchObject({
        fromName: expect.any(String),
        toName: expect.any(String),
        reason: expect.any(String),
      });
    }
    const perCustomer = [...groupBy(events, (e) => e.customerId).values()].map((list) => list.length);
    expect(perCustomer.filter((n) => n >= 250).length).toBeGreaterThanOrEqual(3);
    expect(perCustomer.filter((n) => n >= 2 && n <= 15).length).toBeGreaterThan(150);
  });

  it('gives every open case an owner and a due time; about 5 % of customers have an open complaint', async () => {
    const rows = await db().select().from(cases);
    const open = rows.filter((c) => c.status !== 'closed');
    expect(open.length).toBeGreaterThan(10);
    for (const c of open) {
      expect(c.ownerAgentId ?? c.ownerQueueId).not.toBeNull();
      expect(c.dueAt).not.toBeNull();
    }
    expect(open.some((c) => c.dueAt!.getTime() < NOW.getTime())).toBe(true);
    expect(open.some((c) => c.status === 'pending')).toBe(true);
    for (const c of rows.filter((x) => x.status === 'closed')) expect(c.closedAt).not.toBeNull();
    expect(new Set(rows.map((c) => c.category))).toEqual(new Set(['request', 'incident', 'complaint', 'sales']));
    const complaining = new Set(open.filter((c) => c.category === 'complaint').map((c) => c.customerId));
    expect(complaining.size).toBeGreaterThanOrEqual(9);
    expect(complaining.size).toBeLessThanOrEqual(24);
  });

  it('creates the showcase customers of the README', async () => {
    const byAccount = async (account: string) => {
      const [identity] = await db()
        .select()
        .from(customerIdentities)
        .where(sql`${customerIdentities.kind} = 'account' and ${customerIdentities.value} = ${account}`);
      expect(identity).toBeDefined();
      const [customer] = await db().select().from(customers).where(sql`${customers.id} = ${identity!.customerId}`);
      const identities = await db()
        .select()
        .from(customerIdentities)
        .where(sql`${customerIdentities.customerId} = ${customer!.id}`);
      const addresses = await db()
        .select()
        .from(customerAddresses)
        .where(sql`${customerAddresses.customerId} = ${customer!.id}`);
      const openCases = await db()
        .select()
        .from(cases)
        .where(sql`${cases.customerId} = ${customer!.id} and ${cases.status} <> 'closed'`);
      return { customer: customer!, identities, addresses, openCases };
    };

    const moved = await byAccount(DEMO_SHOWCASE.movedBillingNotUpdated.accountNumber);
    expect(moved.customer.displayName).toBe(DEMO_SHOWCASE.movedBillingNotUpdated.displayName);
    expect(moved.identities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'phone', rawValue: '01 42 68 53 00', value: '+33142685300' }),
      ]),
    );
    expect(normalisePhone('01.42.68.53.00')).toMatchObject({ e164: '+33142685300' });
    const facts = moved.addresses.map((a) => ({ ...a, role: a.role as AddressFacts['role'] }));
    expect(billingAddressMismatch(facts, TODAY)).toMatchObject({
      billing: { city: 'Paris' },
      newest: { city: 'Montreuil' },
    });

    const belgian = await byAccount(DEMO_SHOWCASE.belgianOpenComplaint.accountNumber);
    expect(belgian.customer.displayName).toBe(DEMO_SHOWCASE.belgianOpenComplaint.displayName);
    expect(belgian.customer.salutation).toBeNull();
    expect(belgian.identities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'phone', rawValue: '+32 2 555 12 12', value: '+3225551212' }),
      ]),
    );
    expect(belgian.openCases.some((c) => c.category === 'complaint')).toBe(true);

    const longest = await byAccount(DEMO_SHOWCASE.longestHistory.accountNumber);
    expect(longest.customer.displayName).toBe(DEMO_SHOWCASE.longestHistory.displayName);
    const [top] = await db()
      .select({ customerId: timelineEvents.customerId, n: sql<number>`count(*)::int` })
      .from(timelineEvents)
      .groupBy(timelineEvents.customerId)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    expect(top!.customerId).toBe(longest.customer.id);
  });

  it('does nothing the second time', async () => {
    const before = await Promise.all([rowCount(customers), rowCount(timelineEvents), rowCount(agents)]);
    await expect(seedDemo(db(), { demoPassword: PASSWORD, now: NOW })).resolves.toEqual({ seeded: false, counts: {} });
    expect(await Promise.all([rowCount(customers), rowCount(timelineEvents), rowCount(agents)])).toEqual(before);
    expect(await rowCount(appMeta)).toBeGreaterThanOrEqual(1);
  });

  it('never adds demo data to a store that already has customers, even without the marker', async () => {
    await db().delete(appMeta).where(sql`${appMeta.key} = 'demo_seed'`);
    const before = await rowCount(customers);
    await expect(seedDemo(db(), { demoPassword: PASSWORD, now: NOW })).resolves.toMatchObject({ seeded: false });
    expect(await rowCount(customers)).toBe(before);
  });
});

describe('buildDemoData', () => {
  // A Sunday, the night summer time starts, New Year's morning, a Monday at opening time.
  const dates = ['2026-03-29T01:30:00Z', '2027-01-01T06:00:00Z', '2025-08-10T12:00:00Z', '2026-06-01T06:00:00Z'].map(
    (d) => new Date(d),
  );
  const people = (now: Date) => {
    const data = buildDemoData(now, buildAgentRows(now), buildQueueRows());
    return {
      data,
      who: data.customers.map((c) => c.displayName).join('|'),
      phones: data.identities.map((i) => i.rawValue).join('|'),
    };
  };

  it('builds the same people whatever the date, and nothing in the future', () => {
    const first = people(dates[0]!);
    for (const now of dates) {
      const { data, who, phones } = people(now);
      expect(who).toBe(first.who);
      expect(phones).toBe(first.phones);
      const late = [
        ...data.events.map((e) => e.occurredAt),
        ...data.contacts.flatMap((c) => [c.queuedAt, c.closedAt]),
        ...data.cases.flatMap((c) => [c.createdAt, c.closedAt]),
      ].filter((t) => t instanceof Date && t.getTime() > now.getTime());
      expect(late).toEqual([]);
    }
  });
});
