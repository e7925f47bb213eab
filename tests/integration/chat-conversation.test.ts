import { eq } from 'drizzle-orm';
import type { Offer } from '@shared/schemas/transfer';
import type { ChatMessage, ChatSummary, VisitorConversation } from '@shared/schemas/chat';
import { agents, chatMessages } from '../../server/src/db/schema';
import { nextEvent } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  bearer,
  buildChatTopic,
  command,
  connectVisitor,
  nextVisitorEvent,
  openDesk,
  startedChat,
  type Desk,
  type VisitorClientSocket,
} from '../support/chat';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let topicId: string;
const closers: Array<{ close(): unknown }> = [];
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer();
  ({ topicId } = await buildChatTopic(db(), { name: 'Accueil chat' }));
});
afterEach(async () => {
  for (const c of closers.splice(0)) c.close();
  // Each test routes to its own agents: earlier ones go offline.
  await db().update(agents).set({ presence: 'offline' });
});
afterAll(() => t.dispose());

async function desk(displayName: string): Promise<Desk> {
  const d = await openDesk(t.url, db(), { displayName });
  closers.push(d.socket);
  return d;
}
async function visitor(token: string): Promise<VisitorClientSocket> {
  const socket = await connectVisitor(t.url, token);
  closers.push(socket);
  return socket;
}

/** Routes the waiting chat to the desk, which accepts it; resolves when the desk has the chat. */
async function acceptNext(d: Desk): Promise<ChatSummary> {
  const offered = nextEvent(d.socket, 'offer.created');
  await t.server.services.routing.routeWaiting();
  const offer = (await offered) as Offer;
  expect(offer.contact.channel).toBe('chat');
  const updated = nextEvent(d.socket, 'chat.updated');
  expect((await d.api.post(`/api/offers/${offer.id}/accept`)).status).toBe(200);
  return (await updated) as ChatSummary;
}

describe('web chat conversation', () => {
  it('a visitor starts a chat: queued, offered to an agent with a free chat seat, accepted, then messages both ways, stored before the ack', async () => {
    const camille = await desk('Camille Laurent');
    const { token, conversation } = await startedChat(t.url, {
      topicId,
      name: 'Léa Martin',
      firstMessage: 'Bonjour, ma box ne marche plus',
    });
    expect(conversation).toMatchObject({
      state: 'waiting',
      agentName: null,
      queue: { position: 1 },
      visitorName: 'Léa Martin',
    });
    expect(conversation.messages.map((m) => m.body)).toEqual(['Bonjour, ma box ne marche plus']);

    const lea = await visitor(token);
    const joined = nextVisitorEvent(lea, 'chat.updated', (v) => v.state === 'active');
    const joinedLine = nextVisitorEvent(lea, 'chat.message', (p) => p.message.authorKind === 'system');
    const chat = await acceptNext(camille);
    expect(chat).toMatchObject({
      id: conversation.id,
      state: 'active',
      agentName: 'Camille Laurent',
      visitorName: 'Léa Martin',
      unread: 1,
    });
    expect(await joined).toMatchObject({ state: 'active', agentName: 'Camille Laurent', queue: null });
    expect((await joinedLine).message.body).toContain('Camille Laurent');

    // Visitor -> agent: the ack carries the stored message.
    const atDesk = nextEvent(camille.socket, 'chat.message');
    const sent = await command(lea, 'chat.send', { clientMessageId: 'm-1', body: 'Le voyant est rouge' });
    expect(sent).toMatchObject({
      ok: true,
      data: { authorKind: 'visitor', authorName: 'Léa Martin', body: 'Le voyant est rouge', delivery: 'sent' },
    });
    const stored = await db()
      .select()
      .from(chatMessages)
      .where(eq(chatMessages.id, (sent as { data: ChatMessage }).data.id));
    expect(stored).toHaveLength(1);
    expect(((await atDesk) as { message: ChatMessage }).message.id).toBe((sent as { data: ChatMessage }).data.id);

    // Agent -> visitor, over HTTP: 201 once stored.
    const atVisitor = nextVisitorEvent(lea, 'chat.message', (p) => p.message.authorKind === 'agent');
    const reply = await camille.api.post(`/api/chats/${conversation.id}/messages`, {
      clientMessageId: 'a-1',
      body: 'Je regarde cela.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.message).toMatchObject({
      authorKind: 'agent',
      authorName: 'Camille Laurent',
      body: 'Je regarde cela.',
    });
    expect((await atVisitor).message.id).toBe(reply.body.message.id);

    // Typing both ways.
    const agentSeesTyping = nextEvent(camille.socket, 'chat.typing');
    await command(lea, 'chat.typing', { typing: true });
    expect(await agentSeesTyping).toMatchObject({ conversationId: conversation.id, author: 'visitor', typing: true });
    const visitorSeesTyping = nextVisitorEvent(lea, 'chat.typing');
    expect((await camille.api.post(`/api/chats/${conversation.id}/typing`, { typing: true })).status).toBe(204);
    expect(await visitorSeesTyping).toMatchObject({ author: 'agent', name: 'Camille Laurent', typing: true });

    // Receipts: the agent reads everything, the visitor's messages become read.
    const readByAgent = nextVisitorEvent(lea, 'chat.receipt');
    const seq = (sent as { data: ChatMessage }).data.seq;
    expect(
      (await camille.api.post(`/api/chats/${conversation.id}/receipts`, { upToSeq: seq, state: 'read' })).status,
    ).toBe(204);
    expect(await readByAgent).toMatchObject({ reader: 'agent', state: 'read', upToSeq: seq });
    const mine = await camille.api.get('/api/chats');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: conversation.id, unread: 0 })]);
    const history = await command(lea, 'chat.sync', {});
    const mineAsVisitor = (history as { data: VisitorConversation }).data.messages.find(
      (m) => m.id === (sent as { data: ChatMessage }).data.id,
    );
    expect(mineAsVisitor?.delivery).toBe('read');
  });

  it('retrying with the same clientMessageId stores the message once and answers with the same one', async () => {
    const d = await desk('Inès Moreau');
    const { token, conversation } = await startedChat(t.url, { topicId });
    const v = await visitor(token);
    await acceptNext(d);
    const first = await command(v, 'chat.send', { clientMessageId: 'retry-1', body: 'Une seule fois' });
    const again = await command(v, 'chat.send', { clientMessageId: 'retry-1', body: 'Une seule fois' });
    expect(first.ok && again.ok).toBe(true);
    expect((again as { data: ChatMessage }).data.id).toBe((first as { data: ChatMessage }).data.id);
    const agentFirst = await d.api.post(`/api/chats/${conversation.id}/messages`, {
      clientMessageId: 'a-retry',
      body: 'Réponse',
    });
    const agentAgain = await d.api.post(`/api/chats/${conversation.id}/messages`, {
      clientMessageId: 'a-retry',
      body: 'Réponse',
    });
    expect(agentAgain.body.message.id).toBe(agentFirst.body.message.id);
    const rows = await db().select().from(chatMessages).where(eq(chatMessages.conversationId, conversation.id));
    expect(rows.filter((r) => r.body === 'Une seule fois')).toHaveLength(1);
    expect(rows.filter((r) => r.body === 'Réponse')).toHaveLength(1);
  });

  it('a visitor who reconnects with the token gets the whole history; an agent who reloads gets their chats back', async () => {
    const d = await desk('Hugo Bernard');
    const { token, conversation } = await startedChat(t.url, { topicId, firstMessage: 'Premier message' });
    const v = await visitor(token);
    await acceptNext(d);
    await command(v, 'chat.send', { clientMessageId: 'h-1', body: 'Deuxième' });
    await d.api.post(`/api/chats/${conversation.id}/messages`, { clientMessageId: 'h-2', body: 'Troisième' });
    v.close();

    // A reload: a new socket with the token from localStorage.
    const again = await visitor(token);
    const synced = await command(again, 'chat.sync', {});
    expect(synced.ok).toBe(true);
    const bodies = (synced as { data: VisitorConversation }).data.messages
      .filter((m) => m.authorKind !== 'system')
      .map((m) => m.body);
    expect(bodies).toEqual(['Premier message', 'Deuxième', 'Troisième']);
    const overHttp = await new ApiClient(t.url).request('GET', '/api/widget/conversation', undefined, bearer(token));
    expect(overHttp.status).toBe(200);
    expect(overHttp.body.messages.map((m: ChatMessage) => m.body)).toEqual(
      (synced as { data: VisitorConversation }).data.messages.map((m) => m.body),
    );

    // The agent reloads: a new session lists the chat, its detail has the same history.
    const reloaded = new ApiClient(t.url);
    await reloaded.login(d.agent.email, d.agent.password);
    const list = await reloaded.get('/api/chats');
    expect(list.body.items.map((c: ChatSummary) => c.id)).toContain(conversation.id);
    const detail = await reloaded.get(`/api/chats/${conversation.id}`);
    expect(detail.body.messages.map((m: ChatMessage) => m.body)).toEqual(
      (synced as { data: VisitorConversation }).data.messages.map((m) => m.body),
    );
    const byContact = await reloaded.get(`/api/chats/by-contact/${detail.body.chat.contactId}`);
    expect(byContact.body.chat.id).toBe(conversation.id);
  });

  it("a visitor's token opens only their own conversation: another visitor can neither read nor write it", async () => {
    const d = await desk('Zoé Petit');
    const a = await startedChat(t.url, { topicId, name: 'Alice', firstMessage: 'Secret de Alice' });
    const b = await startedChat(t.url, { topicId, name: 'Bruno' });
    const aliceSocket = await visitor(a.token);
    const brunoSocket = await visitor(b.token);
    await acceptNext(d);

    let brunoHeard = 0;
    brunoSocket.on('chat.message', () => (brunoHeard += 1));
    const aliceHears = nextVisitorEvent(aliceSocket, 'chat.message', (p) => p.message.body === 'Pour Alice');
    await d.api.post(`/api/chats/${a.conversation.id}/messages`, { clientMessageId: 'x-1', body: 'Pour Alice' });
    await aliceHears;

    const brunoView = await command(brunoSocket, 'chat.sync', {});
    expect((brunoView as { data: VisitorConversation }).data.id).toBe(b.conversation.id);
    expect(JSON.stringify(brunoView)).not.toContain('Alice');
    // What Bruno sends lands in his own conversation, never in Alice's.
    await command(brunoSocket, 'chat.send', { clientMessageId: 'b-1', body: 'Message de Bruno' });
    const aliceRows = await db().select().from(chatMessages).where(eq(chatMessages.conversationId, a.conversation.id));
    expect(aliceRows.map((r) => r.body)).not.toContain('Message de Bruno');
    expect(brunoHeard).toBe(1);

    // A made-up or missing token opens nothing.
    await expect(connectVisitor(t.url, 'A'.repeat(43))).rejects.toThrow('unauthenticated');
    await expect(connectVisitor(t.url, '')).rejects.toThrow('unauthenticated');
    const guessed = await new ApiClient(t.url).request(
      'GET',
      '/api/widget/conversation',
      undefined,
      bearer('B'.repeat(43)),
    );
    expect(guessed.status).toBe(401);
    expect(apiErrorOf(guessed.body)).toMatchObject({ code: 'unauthenticated', reason: 'chat_link_expired' });
    // An agent who does not hold the chat cannot read or write it either.
    const other = await desk('Paul Roux');
    const notHeld = await other.api.get(`/api/chats/${a.conversation.id}`);
    expect(notHeld.status).toBe(404);
    expect(apiErrorOf(notHeld.body).reason).toBe('chat_not_found');
    expect(
      (await other.api.post(`/api/chats/${a.conversation.id}/messages`, { clientMessageId: 'p-1', body: 'Intrus' }))
        .status,
    ).toBe(404);
  });
});
