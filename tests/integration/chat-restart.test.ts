import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Offer } from '@shared/schemas/transfer';
import type { ChatMessage, VisitorConversation } from '@shared/schemas/chat';
import { loadConfig } from '../../server/src/config/config';
import { createLogger } from '../../server/src/log/logger';
import { startServer, type RunningServer } from '../../server/src/app';
import { nextEvent } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { buildChatTopic, command, connectVisitor, openDesk, startedChat } from '../support/chat';
import { TEST_PASSWORD } from '../factories/agents';

/** The same data directory across two server lives: PGlite on disk, as `npm start` runs it. */
function start(dataDir: string): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    SOCKET_ADAPTER: 'none',
    BACKGROUND_JOBS: 'false',
    SHUTDOWN_GRACE_MS: '2000',
  });
  return startServer(config, createLogger('silent'));
}

describe('web chat across a server restart', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-chat-restart-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('loses no acknowledged message: the visitor rejoins with the token, the agent gets the chat back', async () => {
    const first = await start(dataDir);
    let token: string;
    let agentEmail: string;
    let sentIds: string[];
    try {
      const { topicId } = await buildChatTopic(first.store.db, { name: 'Chat redémarrage' });
      const desk = await openDesk(first.url, first.store.db, { displayName: 'Rémi Caron' });
      agentEmail = desk.agent.email;
      const started = await startedChat(first.url, { topicId, firstMessage: 'Avant le redémarrage' });
      token = started.token;
      const visitor = await connectVisitor(first.url, token);
      const offered = nextEvent(desk.socket, 'offer.created');
      await first.services.routing.routeWaiting();
      await desk.api.post(`/api/offers/${((await offered) as Offer).id}/accept`);
      const acks = [];
      for (let i = 1; i <= 5; i++)
        acks.push(await command(visitor, 'chat.send', { clientMessageId: `v-${i}`, body: `visiteur ${i}` }));
      const reply = await desk.api.post(`/api/chats/${started.conversation.id}/messages`, {
        clientMessageId: 'a-1',
        body: 'agent 1',
      });
      sentIds = [...acks.map((a) => (a as { data: ChatMessage }).data.id), reply.body.message.id];
      visitor.close();
      desk.socket.close();
    } finally {
      await first.stop();
    }

    const second = await start(dataDir);
    try {
      const visitor = await connectVisitor(second.url, token);
      const synced = await command(visitor, 'chat.sync', {});
      visitor.close();
      const messages = (synced as { data: VisitorConversation }).data.messages;
      expect(sentIds.every((id) => messages.some((m) => m.id === id))).toBe(true);
      expect(messages.filter((m) => m.authorKind !== 'system').map((m) => m.body)).toEqual([
        'Avant le redémarrage',
        'visiteur 1',
        'visiteur 2',
        'visiteur 3',
        'visiteur 4',
        'visiteur 5',
        'agent 1',
      ]);
      expect((synced as { data: VisitorConversation }).data).toMatchObject({
        state: 'active',
        agentName: 'Rémi Caron',
      });
      const agent = new ApiClient(second.url);
      await agent.login(agentEmail, TEST_PASSWORD);
      expect((await agent.get('/api/chats')).body.items).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});
