import { eq } from 'drizzle-orm';
import { agents, cases, contacts, offers } from '../../server/src/db/schema';
import { toAgent } from '../../server/src/db/repositories/agents.repository';
import { inTransaction } from '../../server/src/db/unit-of-work';
import { EventBus } from '../../server/src/events/bus';
import { createContactQueueService } from '../../server/src/services/routing/contact-queue.service';
import { createOfferDecisionService } from '../../server/src/services/routing/offer-decisions.service';
import { createRoutingService } from '../../server/src/services/routing/routing.service';
import { createTransferService } from '../../server/src/services/routing/transfer.service';
import { createTimelineService } from '../../server/src/services/timeline.service';
import { buildAgent, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { ALWAYS_OPEN, NEVER_OPEN, buildQueue } from '../factories/queues';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * Owner first with fallback, and out-of-hours behaviour, driven by a clock the test moves: the
 * routing pass, the queue and the offers all read the same `now`.
 */
let t: TestStore;
let clock: Date;
const now = () => clock;
const GRACE_MS = 60_000;

function services() {
  const db = t.store.db;
  const bus = new EventBus();
  const routing = createRoutingService({ db, bus, offerTimeoutMs: 20_000, now });
  return {
    bus,
    routing,
    queue: createContactQueueService({ db, bus, ownerGraceMs: GRACE_MS, now }),
    offers: createOfferDecisionService({ db, bus, timeline: createTimelineService({ db, bus }), maxMisses: 3, now }),
    transfers: createTransferService({ db, bus, routing, ownerGraceMs: GRACE_MS, now }),
  };
}

async function available(agent: BuiltAgent, idleSince: Date) {
  await t.store.db
    .update(agents)
    .set({ presence: 'available', presenceChangedAt: idleSince, skills: ['general'] })
    .where(eq(agents.id, agent.id));
}

async function pendingOffer(contactId: string) {
  return (await t.store.db.select().from(offers).where(eq(offers.contactId, contactId))).find(
    (o) => o.state === 'pending',
  );
}

async function agentRow(id: string) {
  const [row] = await t.store.db.select().from(agents).where(eq(agents.id, id));
  return toAgent(row!);
}

beforeAll(async () => {
  t = await createTestStore();
});
afterAll(() => t.dispose());
beforeEach(async () => {
  clock = new Date();
  // Every test starts with nobody signed in: only the agents it makes available take offers.
  await t.store.db.update(agents).set({ presence: 'offline' });
});

describe('owner first, then the queue', () => {
  async function setUp() {
    const db = t.store.db;
    const queue = await buildQueue(db, { channels: ['chat', 'email'], requiredSkills: ['general'] });
    const owner = await buildAgent(db, { displayName: 'Nathalie Dubois' });
    const other = await buildAgent(db, { displayName: 'Camille Laurent' });
    const customer = await buildCustomer(db);
    const [kase] = await db
      .insert(cases)
      .values({ customerId: customer.id, subject: 'Facture contestée', ownerAgentId: owner.id })
      .returning();
    return { queue, owner, other, customer, caseId: kase!.id };
  }

  it('offers a contact for an owned case to its owner, even when a colleague has waited longer', async () => {
    const s = services();
    const { queue, owner, other, customer, caseId } = await setUp();
    await available(other, new Date(clock.getTime() - 3_600_000));
    await available(owner, new Date(clock.getTime() - 60_000));
    const queued = await inTransaction(t.store.db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: customer.id, caseId }),
    );
    expect(queued.kind).toBe('queued');
    const contactId = queued.kind === 'queued' ? queued.contactId : '';
    const [row] = await t.store.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ preferredAgentId: owner.id, preferredUntil: new Date(clock.getTime() + GRACE_MS) });

    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(owner.id);
  });

  it('falls back to the queue as soon as the owner declines', async () => {
    const s = services();
    const { queue, owner, other, customer, caseId } = await setUp();
    await available(owner, clock);
    await available(other, clock);
    const queued = await inTransaction(t.store.db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: customer.id, caseId }),
    );
    const contactId = queued.kind === 'queued' ? queued.contactId : '';
    await s.routing.routeWaiting();
    const first = await pendingOffer(contactId);
    expect(first?.agentId).toBe(owner.id);
    await s.offers.decline(await agentRow(owner.id), first!.id, 'en pause déjeuner');

    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(other.id);
  });

  it('waits for an owner who is away during the grace time, then offers it to the queue', async () => {
    const s = services();
    const { queue, other, customer, caseId } = await setUp();
    await available(other, new Date(clock.getTime() - 600_000));
    const queued = await inTransaction(t.store.db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: customer.id, caseId }),
    );
    const contactId = queued.kind === 'queued' ? queued.contactId : '';

    await s.routing.routeWaiting();
    expect(await pendingOffer(contactId)).toBeUndefined();
    clock = new Date(clock.getTime() + GRACE_MS - 1_000);
    await s.routing.routeWaiting();
    expect(await pendingOffer(contactId)).toBeUndefined();

    clock = new Date(clock.getTime() + 2_000);
    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(other.id);
  });

  it('gives it to the owner who comes back within the grace time', async () => {
    const s = services();
    const { queue, owner, other, customer, caseId } = await setUp();
    await available(other, new Date(clock.getTime() - 600_000));
    const queued = await inTransaction(t.store.db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: customer.id, caseId }),
    );
    const contactId = queued.kind === 'queued' ? queued.contactId : '';
    await s.routing.routeWaiting();
    clock = new Date(clock.getTime() + 30_000);
    await available(owner, clock);
    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(owner.id);
  });

  it('offers a callback booked with a person to that person first, not before its time', async () => {
    const s = services();
    const { queue, owner, other, customer } = await setUp();
    await available(owner, clock);
    await available(other, new Date(clock.getTime() - 600_000));
    const at = new Date(clock.getTime() + 15 * 60_000);
    const queued = await inTransaction(t.store.db, (uow) =>
      s.queue.enqueue(uow, {
        channel: 'chat',
        queueId: queue.id,
        customerId: customer.id,
        preferredAgentId: owner.id,
        notBefore: at,
      }),
    );
    const contactId = queued.kind === 'queued' ? queued.contactId : '';
    await s.routing.routeWaiting();
    expect(await pendingOffer(contactId)).toBeUndefined();
    clock = at;
    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(owner.id);
  });
});

describe('outside business hours', () => {
  // Weekdays 08:00-22:00 in Paris; Thursday 3 December 2026 at 22:30 there (21:30 UTC) it is closed,
  // and it opens again on Friday at 08:00 (07:00 UTC).
  const weekdays: [string, string][] = [['08:00', '22:00']];
  const hours = { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays };
  const thursdayNight = new Date('2026-12-03T21:30:00Z');
  const fridayOpening = new Date('2026-12-04T07:00:00Z');

  it('keeps a contact waiting until the opening when the queue is set to wait, then offers it', async () => {
    const s = services();
    const db = t.store.db;
    const queue = await buildQueue(db, {
      channels: ['email'],
      businessHours: hours,
      timeZone: 'Europe/Paris',
      afterHoursAction: 'wait',
    });
    const agent = await buildAgent(db);
    clock = thursdayNight;
    await available(agent, clock);
    const queued = await inTransaction(db, (uow) =>
      s.queue.enqueue(uow, { channel: 'email', queueId: queue.id, customerId: null, subject: 'Résiliation' }),
    );
    expect(queued).toEqual({ kind: 'queued', contactId: expect.any(String), opensAt: fridayOpening });
    const contactId = queued.kind === 'queued' ? queued.contactId : '';

    await s.routing.routeWaiting();
    expect(await pendingOffer(contactId)).toBeUndefined();
    expect(await s.queue.availability(queue.id)).toMatchObject({
      open: false,
      nextOpening: fridayOpening.toISOString(),
      afterHoursAction: 'wait',
      waiting: 1,
    });

    clock = new Date(fridayOpening.getTime() + 1_000);
    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(agent.id);
  });

  it('queues nothing when the queue offers a callback or a message instead, and says when it opens', async () => {
    const s = services();
    const db = t.store.db;
    const callbackQueue = await buildQueue(db, {
      channels: ['chat'],
      businessHours: hours,
      afterHoursAction: 'callback',
    });
    const messageQueue = await buildQueue(db, {
      channels: ['chat'],
      businessHours: NEVER_OPEN,
      afterHoursAction: 'message',
    });
    clock = thursdayNight;
    const before = (await db.select().from(contacts)).length;

    const callback = await inTransaction(db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: callbackQueue.id, customerId: null }),
    );
    expect(callback).toEqual({ kind: 'closed', action: 'callback', nextOpening: fridayOpening });
    const message = await inTransaction(db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: messageQueue.id, customerId: null }),
    );
    expect(message).toEqual({ kind: 'closed', action: 'message', nextOpening: null });
    expect((await db.select().from(contacts)).length).toBe(before);
  });

  it('refuses a warm transfer of a live contact to a closed queue, naming when it opens', async () => {
    const s = services();
    const db = t.store.db;
    const closed = await buildQueue(db, { name: 'Réclamations', channels: ['chat'], businessHours: hours });
    const agent = await buildAgent(db);
    const customer = await buildCustomer(db);
    const [contact] = await db
      .insert(contacts)
      .values({ customerId: customer.id, channel: 'chat', state: 'active', agentId: agent.id })
      .returning();
    clock = thursdayNight;
    await expect(
      s.transfers.create(await agentRow(agent.id), contact!.id, {
        to: { kind: 'queue', id: closed.id },
        mode: 'warm',
        reason: 'Réclamation',
        summary: 'Client mécontent de sa facture',
        tried: 'Rien',
        identity: 'verified',
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      reason: 'queue_closed',
      message: `Réclamations is closed until ${fridayOpening.toISOString()}`,
    });
    expect((await db.select().from(contacts).where(eq(contacts.id, contact!.id)))[0]).toMatchObject({
      state: 'active',
      agentId: agent.id,
    });
  });
});

describe('what a waiting customer is told', () => {
  it('gives each waiting contact its place, and no estimate without agents', async () => {
    const s = services();
    const db = t.store.db;
    const queue = await buildQueue(db, {
      channels: ['chat'],
      businessHours: ALWAYS_OPEN,
      requiredSkills: ['rare-skill'],
    });
    const first = await inTransaction(db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: null }),
    );
    clock = new Date(clock.getTime() + 1_000);
    const second = await inTransaction(db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: null }),
    );
    const id = (r: typeof first) => (r.kind === 'queued' ? r.contactId : '');
    expect(await s.queue.position(id(first))).toEqual({ position: 1, waiting: 2, estimatedWaitSeconds: null });
    expect(await s.queue.position(id(second))).toEqual({ position: 2, waiting: 2, estimatedWaitSeconds: null });
    expect((await s.queue.availability(queue.id)).agentsAble.chat).toBe(0);
    expect(await s.queue.depths([queue.id])).toEqual([
      { queueId: queue.id, queueName: queue.name, waiting: 2, oldestWaitingSince: expect.any(String) },
    ]);
  });

  it('refuses a contact on a channel the queue does not take', async () => {
    const s = services();
    const queue = await buildQueue(t.store.db, { channels: ['voice'] });
    await expect(
      inTransaction(t.store.db, (uow) =>
        s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: null }),
      ),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('chats during a phone call', () => {
  it('offers a chat to an agent on a call who keeps taking chats, and not to one who does not', async () => {
    const s = services();
    const db = t.store.db;
    const queue = await buildQueue(db, { channels: ['chat'], requiredSkills: ['general'] });
    const customer = await buildCustomer(db);
    const focused = await buildAgent(db, { displayName: 'Agent concentré' });
    const multitasker = await buildAgent(db, { displayName: 'Agent multitâche' });
    // Both are busy on a call; the focused one has waited longer, so would come first otherwise.
    for (const [agent, idleFor, keeps] of [
      [focused, 600_000, false],
      [multitasker, 60_000, true],
    ] as const) {
      await db
        .update(agents)
        .set({
          presence: 'busy',
          presenceChangedAt: new Date(clock.getTime() - idleFor),
          skills: ['general'],
          keepsChatsDuringCall: keeps,
        })
        .where(eq(agents.id, agent.id));
      await db
        .insert(contacts)
        .values({ customerId: customer.id, channel: 'voice', state: 'active', agentId: agent.id });
    }
    const queued = await inTransaction(db, (uow) =>
      s.queue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: customer.id }),
    );
    const contactId = queued.kind === 'queued' ? queued.contactId : '';
    await s.routing.routeWaiting();
    expect((await pendingOffer(contactId))?.agentId).toBe(multitasker.id);
  });
});
