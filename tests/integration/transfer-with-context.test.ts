import { eq, sql } from 'drizzle-orm';
import type { Offer, TransferDecided } from '@shared/schemas/transfer';
import { agents, cases, contacts, offers, queues } from '../../server/src/db/schema';
import { buildAgent, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { nextEvent, signedInDesk, type DeskClientSocket, type SignedInDesk } from '../support/desk-socket';
import { startTestServer, type TestServer } from '../support/test-server';
import { ALWAYS_OPEN } from '../factories/queues';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let queueId: string;
const sockets: DeskClientSocket[] = [];

async function desk(agent: BuiltAgent, presence: 'available' | 'away' = 'available'): Promise<SignedInDesk> {
  const signedIn = await signedInDesk(t.url, agent, presence);
  sockets.push(signedIn.socket);
  return signedIn;
}

/** A chat the L1 agent is handling for a customer, on a case they own. */
async function activeChat(owner: BuiltAgent, customerId: string) {
  const db = t.server.store.db;
  const [kase] = await db
    .insert(cases)
    .values({
      customerId,
      subject: 'Box internet en panne',
      ownerAgentId: owner.id,
      dueAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  const [contact] = await db
    .insert(contacts)
    .values({
      customerId,
      caseId: kase!.id,
      channel: 'chat',
      state: 'active',
      agentId: owner.id,
      queuedAt: new Date(),
      answeredAt: new Date(),
    })
    .returning();
  return { contactId: contact!.id, caseId: kase!.id };
}

const packet = {
  reason: 'Panne technique au-delà du niveau 1',
  summary: 'Box redémarrée deux fois, voyant rouge fixe depuis hier soir.',
  tried: 'Redémarrage, test de ligne OK, câble changé.',
  identity: 'verified' as const,
};

beforeAll(async () => {
  t = await startTestServer();
  const [queue] = await t.server.store.db
    .insert(queues)
    .values({
      name: 'Support technique N2',
      channels: ['voice', 'chat', 'email'],
      requiredSkills: ['technical'],
      businessHours: ALWAYS_OPEN,
    })
    .returning();
  queueId = queue!.id;
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});
afterAll(() => t.dispose());

describe('transfer with context', () => {
  it('warm to the L2 queue: the specialist sees the packet before accepting; then owns the case and the L1 agent is free', async () => {
    const db = t.server.store.db;
    const camille = await desk(await buildAgent(db, { displayName: 'Camille Laurent', skills: ['general'] }));
    const nathalie = await desk(
      await buildAgent(db, { displayName: 'Nathalie Dubois', role: 'specialist', skills: ['technical'] }),
    );
    const customer = await buildCustomer(db, { givenName: 'Jérôme', familyName: 'Lefèvre' });
    const { contactId, caseId } = await activeChat(camille.agent, customer.id);

    const offered = nextEvent(nathalie.socket, 'offer.created');
    const res = await camille.api.post(`/api/contacts/${contactId}/transfers`, {
      to: { kind: 'queue', id: queueId },
      mode: 'warm',
      ...packet,
    });
    expect(res.status).toBe(201);
    expect(res.body.offeredTo).toBe(nathalie.agent.id);
    const offer = (await offered) as Offer;
    expect(offer.packet).toMatchObject({ mode: 'warm', from: { name: 'Camille Laurent' }, ...packet });
    expect(offer.contact).toMatchObject({
      id: contactId,
      channel: 'chat',
      customerId: customer.id,
      customerName: 'Jérôme Lefèvre',
    });
    // Warm: still Camille's until Nathalie accepts.
    expect((await db.select().from(contacts).where(eq(contacts.id, contactId)))[0]).toMatchObject({
      state: 'active',
      agentId: camille.agent.id,
    });

    const decided = nextEvent(camille.socket, 'transfer.decided');
    expect((await nathalie.api.post(`/api/offers/${offer.id}/accept`)).status).toBe(200);
    expect((await decided) as TransferDecided).toMatchObject({ state: 'accepted', by: { name: 'Nathalie Dubois' } });
    expect((await db.select().from(contacts).where(eq(contacts.id, contactId)))[0]).toMatchObject({
      state: 'active',
      agentId: nathalie.agent.id,
    });
    expect((await db.select().from(cases).where(eq(cases.id, caseId)))[0]).toMatchObject({
      ownerAgentId: nathalie.agent.id,
      transferCount: 1,
    });
    expect((await camille.api.get('/api/me')).body.agent.presence).toBe('available');
    const [event] = (await camille.api.get(`/api/customers/${customer.id}/timeline?limit=1`)).body.items;
    expect(event).toMatchObject({
      type: 'case.transferred',
      body: packet.summary,
      payload: { fromName: 'Camille Laurent', toName: 'Nathalie Dubois', reason: packet.reason, mode: 'warm' },
    });
    // Accepting twice is refused.
    const twice = await nathalie.api.post(`/api/offers/${offer.id}/accept`);
    expect(twice.status).toBe(409);
    expect(apiErrorOf(twice.body).reason).toBe('offer_already_decided');
  });

  it('lists the queues and agents a contact can be transferred to', async () => {
    const someone = await desk(await buildAgent(t.server.store.db, { displayName: 'Zoé Martin' }));
    const directory = (await someone.api.get('/api/directory')).body;
    expect(directory.queues.map((q: { name: string }) => q.name)).toContain('Support technique N2');
    expect(directory.agents).toEqual(
      expect.arrayContaining([expect.objectContaining({ displayName: 'Zoé Martin', presence: 'available' })]),
    );
  });

  it('warm, declined: the contact stays with the sender, who hears why', async () => {
    const db = t.server.store.db;
    const camille = await desk(await buildAgent(db, { skills: ['general'] }));
    const target = await desk(
      await buildAgent(db, { displayName: 'Hélène Fournier', role: 'specialist', skills: ['technical'] }),
    );
    const customer = await buildCustomer(db);
    const { contactId } = await activeChat(camille.agent, customer.id);
    const offered = nextEvent(target.socket, 'offer.created');
    await camille.api.post(`/api/contacts/${contactId}/transfers`, {
      to: { kind: 'agent', id: target.agent.id },
      mode: 'warm',
      ...packet,
    });
    const offer = (await offered) as Offer;
    const decided = nextEvent(camille.socket, 'transfer.decided');
    expect((await target.api.post(`/api/offers/${offer.id}/decline`, { reason: 'Pas mon périmètre' })).status).toBe(
      204,
    );
    expect((await decided) as TransferDecided).toMatchObject({ state: 'declined', declineReason: 'Pas mon périmètre' });
    expect((await db.select().from(contacts).where(eq(contacts.id, contactId)))[0]).toMatchObject({
      state: 'active',
      agentId: camille.agent.id,
    });
  });

  it('cold to the queue: the sender is free at once; a decline passes it to the next specialist', async () => {
    const db = t.server.store.db;
    // Only these two may take it: everyone else from earlier tests goes away.
    await db.update(agents).set({ presence: 'away' });
    const camille = await desk(await buildAgent(db, { skills: ['general'] }));
    const first = await desk(await buildAgent(db, { role: 'specialist', skills: ['technical'] }));
    const second = await desk(await buildAgent(db, { role: 'specialist', skills: ['technical'] }));
    const customer = await buildCustomer(db);
    const { contactId } = await activeChat(camille.agent, customer.id);
    const res = await camille.api.post(`/api/contacts/${contactId}/transfers`, {
      to: { kind: 'queue', id: queueId },
      mode: 'cold',
      ...packet,
    });
    expect((await camille.api.get('/api/me')).body.agent.presence).toBe('available');
    const firstTaker = res.body.offeredTo === first.agent.id ? first : second;
    const other = firstTaker === first ? second : first;
    const [offer] = (await firstTaker.api.get('/api/offers/mine')).body.items as Offer[];
    expect(offer!.packet?.mode).toBe('cold');
    const next = nextEvent(other.socket, 'offer.created');
    await firstTaker.api.post(`/api/offers/${offer!.id}/decline`, {});
    await t.server.services.routing.routeWaiting();
    const passed = (await next) as Offer;
    expect(passed.contact.id).toBe(contactId);
    expect(passed.packet?.reason).toBe(packet.reason);
  });

  it('an offer nobody answers goes back to the queue; three misses in a row and the agent is set away', async () => {
    const db = t.server.store.db;
    await db.update(agents).set({ presence: 'away' });
    const sleepy = await desk(await buildAgent(db, { role: 'specialist', skills: ['technical'] }));
    for (let miss = 1; miss <= 3; miss += 1) {
      const customer = await buildCustomer(db);
      await db
        .insert(contacts)
        .values({ customerId: customer.id, channel: 'chat', state: 'queued', queueId, queuedAt: new Date() });
      await t.server.services.routing.routeWaiting();
      const [offer] = (await sleepy.api.get('/api/offers/mine')).body.items as Offer[];
      expect(offer).toBeDefined();
      await db
        .update(offers)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(offers.id, offer!.id));
      expect(await t.server.services.offers.expireDue()).toBe(1);
      const [contact] = await db.select().from(contacts).where(eq(contacts.id, offer!.contact.id));
      expect(contact).toMatchObject({ state: 'queued' });
      expect(contact!.declinedBy).toContain(sleepy.agent.id);
    }
    expect((await sleepy.api.get('/api/me')).body.agent.presence).toBe('away');
  });

  it('respects chat capacity and never lets two accepts take one contact', async () => {
    const db = t.server.store.db;
    await db.update(agents).set({ presence: 'away' });
    await db.update(contacts).set({ state: 'closed' }).where(sql`${contacts.state} in ('queued','offered')`);
    const solo = await desk(await buildAgent(db, { role: 'specialist', skills: ['technical'] }));
    await db
      .update(agents)
      .set({ capacity: { voice: 1, chat: 2, email: 5 } })
      .where(eq(agents.id, solo.agent.id));
    for (let i = 0; i < 4; i += 1) {
      const customer = await buildCustomer(db);
      await db
        .insert(contacts)
        .values({ customerId: customer.id, channel: 'chat', state: 'queued', queueId, queuedAt: new Date() });
    }
    await t.server.services.routing.routeWaiting();
    const mine = (await solo.api.get('/api/offers/mine')).body.items as Offer[];
    // Two seats: two offers, the other chats wait.
    expect(mine).toHaveLength(2);
    const results = await Promise.all([
      solo.api.post(`/api/offers/${mine[0]!.id}/accept`),
      solo.api.post(`/api/offers/${mine[0]!.id}/accept`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await solo.api.post(`/api/offers/${mine[1]!.id}/accept`)).status).toBe(200);
    await t.server.services.routing.routeWaiting();
    expect((await solo.api.get('/api/offers/mine')).body.items).toHaveLength(0);
    const active = await db
      .select()
      .from(contacts)
      .where(sql`${contacts.agentId} = ${solo.agent.id} and ${contacts.state} = 'active'`);
    expect(active).toHaveLength(2);
  });
});
