import type { Offer } from '@shared/schemas/transfer';
import type { ChatSummary } from '@shared/schemas/chat';
import { agents } from '../../server/src/db/schema';
import { nextEvent } from '../support/desk-socket';
import { startTestServer, type TestServer } from '../support/test-server';
import { buildChatTopic, command, connectVisitor, nextVisitorEvent, openDesk, startedChat } from '../support/chat';

let t: TestServer;
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.dispose());

describe('transferring a chat', () => {
  it('goes to a colleague with the context packet and the whole history; the visitor is told who took over', async () => {
    const { topicId } = await buildChatTopic(db(), { name: 'Chat transfert' });
    const l1 = await openDesk(t.url, db(), { displayName: 'Camille Laurent' });
    const { token, conversation } = await startedChat(t.url, {
      topicId,
      name: 'Jérôme',
      firstMessage: 'Ma box clignote',
    });
    const visitor = await connectVisitor(t.url, token);
    try {
      const offered = nextEvent(l1.socket, 'offer.created');
      await t.server.services.routing.routeWaiting();
      await l1.api.post(`/api/offers/${((await offered) as Offer).id}/accept`);
      await command(visitor, 'chat.send', { clientMessageId: 'j-1', body: 'Voyant rouge depuis hier' });
      const contactId = (await l1.api.get(`/api/chats/${conversation.id}`)).body.chat.contactId as string;

      const l2 = await openDesk(t.url, db(), { displayName: 'Nathalie Dubois' });
      const toL2 = nextEvent(l2.socket, 'offer.created');
      const res = await l1.api.post(`/api/contacts/${contactId}/transfers`, {
        to: { kind: 'agent', id: l2.agent.id },
        mode: 'warm',
        reason: 'Panne niveau 2',
        summary: 'Voyant rouge depuis hier',
        tried: 'Redémarrage',
        identity: 'not_verified',
      });
      expect(res.status).toBe(201);
      const offer = (await toL2) as Offer;
      expect(offer).toMatchObject({
        contact: { id: contactId, channel: 'chat' },
        packet: { from: { name: 'Camille Laurent' }, summary: 'Voyant rouge depuis hier' },
      });

      const removedFromL1 = nextEvent(l1.socket, 'chat.removed');
      const onL2 = nextEvent(l2.socket, 'chat.updated');
      const visitorTold = nextVisitorEvent(visitor, 'chat.updated', (v) => v.agentName === 'Nathalie Dubois');
      expect((await l2.api.post(`/api/offers/${offer.id}/accept`)).status).toBe(200);
      expect(await removedFromL1).toMatchObject({ conversationId: conversation.id, contactId });
      expect((await onL2) as ChatSummary).toMatchObject({ id: conversation.id, agentName: 'Nathalie Dubois' });
      expect(await visitorTold).toMatchObject({ state: 'active' });
      const history = await l2.api.get(`/api/chats/${conversation.id}`);
      expect(history.body.messages.map((m: { body: string }) => m.body)).toEqual(
        expect.arrayContaining(['Ma box clignote', 'Voyant rouge depuis hier']),
      );
      expect((await l1.api.get('/api/chats')).body.items).toEqual([]);
      expect(
        (await l1.api.post(`/api/chats/${conversation.id}/messages`, { clientMessageId: 'l1', body: 'encore moi' }))
          .status,
      ).toBe(404);
      l1.socket.close();
      l2.socket.close();
    } finally {
      visitor.close();
      await db().update(agents).set({ presence: 'offline' });
    }
  });
});
