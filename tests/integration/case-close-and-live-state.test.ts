import { eq } from 'drizzle-orm';
import type { QueueDepth } from '@shared/schemas/queue-depth';
import { cases, contacts, timelineEvents } from '../../server/src/db/schema';
import { inTransaction } from '../../server/src/db/unit-of-work';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { buildQueue } from '../factories/queues';
import { buildChatTopic } from '../support/chat';
import { connectDesk, nextEvent, type DeskClientSocket } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
const sockets: DeskClientSocket[] = [];

async function signedIn(agent: BuiltAgent, presence: 'available' | 'away' = 'available'): Promise<ApiClient> {
  const api = new ApiClient(t.url);
  await api.login(agent.email, TEST_PASSWORD);
  await api.request('PUT', '/api/me/presence', { presence });
  return api;
}

beforeAll(async () => {
  t = await startTestServer();
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});
afterAll(() => t.dispose());

describe('closing a case', () => {
  async function ownedCase(owner: BuiltAgent) {
    const db = t.server.store.db;
    const customer = await buildCustomer(db);
    const [kase] = await db
      .insert(cases)
      .values({
        customerId: customer.id,
        subject: 'Ligne coupée',
        ownerAgentId: owner.id,
        dueAt: new Date(Date.now() + 86_400_000),
      })
      .returning();
    return { customerId: customer.id, caseId: kase!.id };
  }

  it('is refused while one of its contacts is open, and changes nothing', async () => {
    const db = t.server.store.db;
    const owner = await buildAgent(db);
    const api = await signedIn(owner);
    const { customerId, caseId } = await ownedCase(owner);
    const [contact] = await db
      .insert(contacts)
      .values({ customerId, caseId, channel: 'chat', state: 'active', agentId: owner.id })
      .returning();

    const refused = await api.post(`/api/cases/${caseId}/close`, { resolution: 'Ligne rétablie' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('this case still has an open contact (chat active): finish it first');
    expect(apiErrorOf(refused.body).reason).toBe('case_has_open_contacts');
    expect((await db.select().from(cases).where(eq(cases.id, caseId)))[0]).toMatchObject({
      status: 'open',
      closedAt: null,
    });

    await db.update(contacts).set({ state: 'closed', closedAt: new Date() }).where(eq(contacts.id, contact!.id));
    const closed = await api.post(`/api/cases/${caseId}/close`, { resolution: 'Ligne rétablie' });
    expect(closed.status).toBe(200);
    expect((await db.select().from(cases).where(eq(cases.id, caseId)))[0]).toMatchObject({ status: 'closed' });
    const [event] = await db.select().from(timelineEvents).where(eq(timelineEvents.caseId, caseId));
    expect(event).toMatchObject({
      type: 'case.closed',
      actorName: owner.displayName,
      payload: { resolution: 'Ligne rétablie', transferCount: 0 },
    });
    const again = await api.post(`/api/cases/${caseId}/close`, { resolution: 'encore' });
    expect(again.status).toBe(409);
    expect(apiErrorOf(again.body).reason).toBe('case_already_closed');
  });

  it('is for its owner or a supervisor, and needs a resolution', async () => {
    const db = t.server.store.db;
    const owner = await buildAgent(db);
    const colleague = await signedIn(await buildAgent(db));
    const supervisor = await signedIn(await buildAgent(db, { role: 'supervisor' }));
    const { caseId } = await ownedCase(owner);
    const notMine = await colleague.post(`/api/cases/${caseId}/close`, { resolution: 'Fait' });
    expect(notMine.status).toBe(403);
    expect(apiErrorOf(notMine.body).reason).toBe('case_close_not_allowed');
    const blank = await supervisor.post(`/api/cases/${caseId}/close`, { resolution: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields).toEqual([{ path: 'resolution', message: expect.any(String) }]);
    expect((await supervisor.post(`/api/cases/${caseId}/close`, { resolution: 'Fait' })).status).toBe(200);
  });
});

describe('live state', () => {
  it('pushes the queue depth to desks as contacts arrive and are taken, and serves it on load', async () => {
    const db = t.server.store.db;
    const queue = await buildQueue(db, { name: 'Accueil chat', channels: ['chat'], requiredSkills: ['chat-fr'] });
    const agent = await buildAgent(db, { skills: ['chat-fr'] });
    const api = await signedIn(agent);
    const socket = await connectDesk(t.url, api.cookie);
    sockets.push(socket);

    const pushed = nextEvent(socket, 'queue.depth');
    const queued = await inTransaction(db, (uow) =>
      t.server.services.contactQueue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: null }),
    );
    expect(queued.kind).toBe('queued');
    expect((await pushed) as QueueDepth).toMatchObject({
      queueId: queue.id,
      queueName: 'Accueil chat',
      waiting: 1,
      oldestWaitingSince: expect.any(String),
    });
    const listed = (await api.get('/api/queues/depths')).body.items as QueueDepth[];
    expect(listed.find((d) => d.queueId === queue.id)).toMatchObject({ waiting: 1 });

    const offered = nextEvent(socket, 'offer.created');
    await t.server.services.routing.routeWaiting();
    const offer = await offered;
    const drained = nextEvent(socket, 'queue.depth');
    expect((await api.post(`/api/offers/${offer.id}/accept`)).status).toBe(200);
    expect((await drained) as QueueDepth).toMatchObject({ queueId: queue.id, waiting: 0, oldestWaitingSince: null });
  });

  it('pushes the depth when a widget visitor leaves a callback request in a queue', async () => {
    const db = t.server.store.db;
    const agent = await buildAgent(db);
    const api = await signedIn(agent);
    const socket = await connectDesk(t.url, api.cookie);
    sockets.push(socket);
    const { topicId, queueId } = await buildChatTopic(db, { name: 'Rappels' });
    const pushed = nextEvent(socket, 'queue.depth');
    const visitor = new ApiClient(t.url);
    expect(
      (await visitor.post('/api/widget/callbacks', { topicId, name: 'Paul Hoarau', phone: '0692 12 34 56' })).status,
    ).toBe(201);
    expect((await pushed) as QueueDepth).toMatchObject({ queueId, waiting: 1 });
  });

  it('gives a sender back the transfers still waiting for their receiver, after a reload', async () => {
    const db = t.server.store.db;
    const l2 = await buildQueue(db, { name: 'Niveau 2', channels: ['chat'], requiredSkills: ['nobody-has-this'] });
    const sender = await buildAgent(db, { displayName: 'Camille Laurent' });
    const api = await signedIn(sender);
    const customer = await buildCustomer(db, { givenName: 'Jérôme', familyName: 'Lefèvre' });
    const [contact] = await db
      .insert(contacts)
      .values({ customerId: customer.id, channel: 'chat', state: 'active', agentId: sender.id })
      .returning();
    const created = await api.post(`/api/contacts/${contact!.id}/transfers`, {
      to: { kind: 'queue', id: l2.id },
      mode: 'warm',
      reason: 'Niveau 2',
      summary: 'Box en panne',
      tried: 'Redémarrage',
      identity: 'verified',
    });
    expect(created.status).toBe(201);

    // A reload is a new session reading the API again.
    const reloaded = await signedIn(sender);
    expect((await reloaded.get('/api/transfers/sent')).body.items).toEqual([
      {
        transferId: created.body.transferId,
        contactId: contact!.id,
        mode: 'warm',
        targetName: 'Niveau 2',
        customerName: 'Jérôme Lefèvre',
        createdAt: expect.any(String),
      },
    ]);
  });
});
