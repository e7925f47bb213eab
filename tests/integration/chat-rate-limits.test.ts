import { eq } from 'drizzle-orm';
import { chatConversations, chatMessages } from '../../server/src/db/schema';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/http';
import { buildChatTopic, command, connectVisitor, openDesk, startChat, startedChat } from '../support/chat';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let topicId: string;
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer({
    env: { CHAT_VISITOR_MESSAGES_PER_MINUTE: '3', CHAT_CONVERSATIONS_PER_HOUR_PER_IP: '3' },
  });
  ({ topicId } = await buildChatTopic(db(), { name: 'Chat limites' }));
  // The widget says a chat is possible only when someone could take it.
  const d = await openDesk(t.url, db());
  d.socket.close();
});
afterAll(() => t.dispose());

describe('chat rate limits', () => {
  it('a visitor sending more than the messages per minute allowed gets a clear error; nothing extra is stored; a retry is still answered', async () => {
    const { token, conversation } = await startedChat(t.url, { topicId });
    const visitor = await connectVisitor(t.url, token);
    try {
      for (let i = 1; i <= 3; i++)
        expect((await command(visitor, 'chat.send', { clientMessageId: `r-${i}`, body: `message ${i}` })).ok).toBe(
          true,
        );
      const fourth = await command(visitor, 'chat.send', { clientMessageId: 'r-4', body: 'message 4' });
      expect(fourth).toEqual({
        ok: false,
        error: {
          code: 'rate_limited',
          reason: 'chat_messages_throttled',
          message: 'you are sending messages too fast (3 a minute at most); wait a moment and send it again',
        },
      });
      // The retry of a message already stored is not a new message: it is answered with it.
      expect(await command(visitor, 'chat.send', { clientMessageId: 'r-2', body: 'message 2' })).toMatchObject({
        ok: true,
        data: { body: 'message 2' },
      });
      const rows = await db().select().from(chatMessages).where(eq(chatMessages.conversationId, conversation.id));
      expect(rows.map((r) => r.body)).toEqual(['message 1', 'message 2', 'message 3']);
    } finally {
      visitor.close();
    }
  });

  it('more conversations per hour from one IP than allowed are refused with 429 and Retry-After, and create nothing', async () => {
    // One conversation was started by the test above: two more are allowed.
    expect((await startChat(t.url, { topicId })).status).toBe(201);
    expect((await startChat(t.url, { topicId })).status).toBe(201);
    const before = (await db().select().from(chatConversations)).length;
    const refused = await startChat(t.url, { topicId, name: 'Un de trop' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(refused.body.error).toEqual({
      code: 'rate_limited',
      reason: 'chat_start_throttled',
      message: expect.stringContaining('too many conversations from your network in the last hour (3 at most)'),
    });
    expect((await db().select().from(chatConversations)).length).toBe(before);
    // Leaving a message instead counts too.
    const message = await new ApiClient(t.url).post('/api/widget/messages', {
      topicId,
      name: 'Un de trop',
      email: 'trop@example.org',
      body: 'Rappelez-moi',
    });
    expect(message.status).toBe(429);
    expect(apiErrorOf(message.body).reason).toBe('chat_start_throttled');
  });
});
