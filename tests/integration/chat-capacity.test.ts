import { and, eq } from 'drizzle-orm';
import type { Offer } from '@shared/schemas/transfer';
import { agents, contacts, offers } from '../../server/src/db/schema';
import { nextEvent } from '../support/desk-socket';
import { startTestServer, type TestServer } from '../support/test-server';
import { buildChatTopic, openDesk, startedChat, type Desk } from '../support/chat';

let t: TestServer;
let topicId: string;
const desks: Desk[] = [];
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer();
  ({ topicId } = await buildChatTopic(db(), { name: 'Chat capacité' }));
});
afterEach(async () => {
  for (const d of desks.splice(0)) d.socket.close();
  await db().update(agents).set({ presence: 'offline' });
});
afterAll(() => t.dispose());

async function desk(displayName: string, chat = 3): Promise<Desk> {
  const d = await openDesk(t.url, db(), { displayName, chat });
  desks.push(d);
  return d;
}

async function routeAndAccept(d: Desk): Promise<string> {
  const offered = nextEvent(d.socket, 'offer.created');
  await t.server.services.routing.routeWaiting();
  const offer = (await offered) as Offer;
  expect((await d.api.post(`/api/offers/${offer.id}/accept`)).status).toBe(200);
  return offer.contact.id;
}

const pendingOffersOf = (agentId: string) =>
  db()
    .select()
    .from(offers)
    .where(and(eq(offers.agentId, agentId), eq(offers.state, 'pending')));

describe('chat capacity', () => {
  it('an agent at chat capacity 3 is not offered a 4th chat: it waits, then goes to another agent with a free seat', async () => {
    const solo = await desk('Sophie Garnier', 3);
    for (let i = 0; i < 3; i++) {
      await startedChat(t.url, { topicId, name: `Visiteur ${i + 1}` });
      await routeAndAccept(solo);
    }
    expect((await solo.api.get('/api/chats')).body.items).toHaveLength(3);

    const fourth = await startedChat(t.url, { topicId, name: 'Visiteur 4' });
    await t.server.services.routing.routeWaiting();
    expect(await pendingOffersOf(solo.agent.id)).toHaveLength(0);
    const [waiting] = await db().select().from(contacts).where(eq(contacts.externalId, fourth.conversation.id));
    expect(waiting).toMatchObject({ state: 'queued', agentId: null });
    // The visitor is told where they stand instead of nothing.
    const view = await t.server.services.chatVisitors.conversation({ conversationId: fourth.conversation.id });
    expect(view).toMatchObject({ state: 'waiting', queue: { position: 1 } });

    // A colleague with a free seat signs in: the 4th chat is theirs, not Sophie's.
    const other = await desk('Marc Olivier', 3);
    const contactId = await routeAndAccept(other);
    expect(contactId).toBe(waiting!.id);
    expect((await other.api.get('/api/chats')).body.items.map((c: { id: string }) => c.id)).toEqual([
      fourth.conversation.id,
    ]);
    expect((await solo.api.get('/api/chats')).body.items).toHaveLength(3);
  });

  it('honours a chat capacity of 1 set by an admin, and refuses capacities outside 1-6 for an agent who takes chats', async () => {
    const admin = await openDesk(t.url, db(), { displayName: 'Admin' });
    desks.push(admin);
    await db().update(agents).set({ role: 'admin', presence: 'offline' }).where(eq(agents.id, admin.agent.id));
    const one = await desk('Unique Siège', 3);
    const set = await admin.api.request('PUT', `/api/admin/agents/${one.agent.id}/routing`, {
      skills: ['general'],
      capacity: { voice: 1, chat: 1, email: 5 },
    });
    expect(set.status).toBe(200);
    const tooMany = await admin.api.request('PUT', `/api/admin/agents/${one.agent.id}/routing`, {
      skills: ['general'],
      capacity: { voice: 1, chat: 7, email: 5 },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields).toEqual([expect.objectContaining({ path: 'capacity.chat' })]);

    await startedChat(t.url, { topicId });
    await routeAndAccept(one);
    await startedChat(t.url, { topicId });
    await t.server.services.routing.routeWaiting();
    expect(await pendingOffersOf(one.agent.id)).toHaveLength(0);
  });
});
