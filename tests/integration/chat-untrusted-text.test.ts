import { eq } from 'drizzle-orm';
import type { Offer } from '@shared/schemas/transfer';
import type { ChatMessage } from '@shared/schemas/chat';
import { LIMITS } from '@shared/schemas/limits';
import { chatConversations, chatMessages } from '../../server/src/db/schema';
import { nextEvent } from '../support/desk-socket';
import { startTestServer, type TestServer } from '../support/test-server';
import { xssPayloads } from '../support/xss-corpus';
import {
  buildChatTopic,
  command,
  connectVisitor,
  openDesk,
  startChat,
  startedChat,
  type Desk,
  type VisitorClientSocket,
} from '../support/chat';

/** The corpus's payloads a visitor can send: not blank, within the message limit. */
const sendablePayloads = () => xssPayloads().filter((p) => p.trim().length > 0 && p.length <= LIMITS.chatMessage);

let t: TestServer;
let topicId: string;
let desk: Desk;
let visitor: VisitorClientSocket;
let conversationId: string;
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer({ env: { CHAT_VISITOR_MESSAGES_PER_MINUTE: '600' } });
  ({ topicId } = await buildChatTopic(db(), { name: 'Chat texte' }));
  desk = await openDesk(t.url, db(), { displayName: 'Alix Fontaine' });
  const started = await startedChat(t.url, { topicId });
  conversationId = started.conversation.id;
  visitor = await connectVisitor(t.url, started.token);
  const offered = nextEvent(desk.socket, 'offer.created');
  await t.server.services.routing.routeWaiting();
  await desk.api.post(`/api/offers/${((await offered) as Offer).id}/accept`);
});
afterAll(async () => {
  visitor.close();
  desk.socket.close();
  await t.dispose();
});

const storedCount = async () =>
  (await db().select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId))).length;

describe('untrusted chat text', () => {
  it('stores and returns every HTML/script payload of the XSS corpus byte for byte, as text', async () => {
    const payloads = sendablePayloads();
    expect(payloads.length).toBeGreaterThan(200);
    const sentIds: string[] = [];
    for (const [i, body] of payloads.entries()) {
      const ack = await command(visitor, 'chat.send', { clientMessageId: `xss-${i}`, body });
      expect(ack).toMatchObject({ ok: true, data: { body } });
      sentIds.push((ack as { data: ChatMessage }).data.id);
    }
    // The agent's desk gets exactly what the visitor typed (the client renders it as text).
    const detail = await desk.api.get(`/api/chats/${conversationId}`);
    const byId = new Map<string, string>(detail.body.messages.map((m: ChatMessage) => [m.id, m.body]));
    for (const [i, body] of payloads.entries()) expect(byId.get(sentIds[i]!)).toBe(body);
    const rows = await db().select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId));
    const stored = new Map(rows.map((r) => [r.id, r.body]));
    for (const [i, body] of payloads.entries()) expect(stored.get(sentIds[i]!)).toBe(body);
  });

  it('refuses a message over the size limit with a clear error and stores nothing, from either side', async () => {
    const before = await storedCount();
    const huge = 'x'.repeat(LIMITS.chatMessage + 1);
    const ack = await command(visitor, 'chat.send', { clientMessageId: 'too-long', body: huge });
    expect(ack).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'validation_failed',
        fields: [{ path: 'body', message: `a message can be at most ${LIMITS.chatMessage} characters` }],
      }),
    });
    const agent = await desk.api.post(`/api/chats/${conversationId}/messages`, {
      clientMessageId: 'too-long-a',
      body: huge,
    });
    expect(agent.status).toBe(400);
    expect(agent.body.error.fields).toEqual([
      { path: 'body', message: `a message can be at most ${LIMITS.chatMessage} characters` },
    ]);
    const empty = await command(visitor, 'chat.send', { clientMessageId: 'blank', body: '   ' });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', fields: [{ path: 'body', message: 'a message cannot be empty' }] },
    });
    const exact = await command(visitor, 'chat.send', {
      clientMessageId: 'just-fits',
      body: 'y'.repeat(LIMITS.chatMessage),
    });
    expect(exact.ok).toBe(true);
    expect(await storedCount()).toBe(before + 1);
  });

  it('refuses malformed commands and unknown fields, changing nothing', async () => {
    const before = await storedCount();
    for (const payload of [
      null,
      'hello',
      { body: 'no id' },
      { clientMessageId: 'has space', body: 'x' },
      { clientMessageId: 'ok', body: 'x', html: true },
    ]) {
      const ack = await command(visitor, 'chat.send', payload as never);
      expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    expect(await storedCount()).toBe(before);
    // A start with a first message too long creates nothing at all.
    const conversations = (await db().select().from(chatConversations)).length;
    const res = await startChat(t.url, { topicId, firstMessage: 'z'.repeat(LIMITS.chatMessage + 1) });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: 'firstMessage', message: `a message can be at most ${LIMITS.chatMessage} characters` },
    ]);
    expect((await db().select().from(chatConversations)).length).toBe(conversations);
    const noName = await startChat(t.url, { topicId, name: '  ' });
    expect(noName.body.error.fields).toEqual([{ path: 'name', message: 'your name is required' }]);
  });
});
