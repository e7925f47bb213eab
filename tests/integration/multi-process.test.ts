import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config/config';
import { createLogger } from '../../server/src/log/logger';
import { startServer, type RunningServer } from '../../server/src/app';
import { openStore, type Store } from '../../server/src/db/store';
import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { connectDesk, nextEvent, type DeskClientSocket } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * Scale-out: two server instances on one PostgreSQL database, each with its own pool and its own
 * socket.io server, joined only by a socket.io adapter: PostgreSQL (LISTEN/NOTIFY), and Redis when
 * REDIS_URL is set. Needs a PostgreSQL server (PGlite is one process's database), so it runs when
 * DATABASE_URL is set, as in CI.
 */
const onServer = process.env.DATABASE_URL ? describe : describe.skip;
const adapters: Array<'postgres' | 'redis'> = process.env.REDIS_URL ? ['postgres', 'redis'] : ['postgres'];

describe.each(adapters)('with the %s adapter', (adapter) => {
  onServer('two server processes sharing PostgreSQL', () => {
    let shared: TestStore;
    let secondStore: Store;
    const servers: RunningServer[] = [];
    let dataDir: string;
    let socket: DeskClientSocket | null = null;

    async function start(store: Store, databaseUrl: string): Promise<RunningServer> {
      const config = loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: 'one-secret-shared-by-every-process-of-the-centre',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'silent',
        SOCKET_ADAPTER: adapter,
        ...(adapter === 'redis' ? { REDIS_URL: process.env.REDIS_URL! } : {}),
      });
      const server = await startServer(config, createLogger('silent'), { store });
      servers.push(server);
      return server;
    }

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-multi-'));
      shared = await createTestStore();
      secondStore = await openStore({ databaseUrl: shared.databaseUrl, pgliteDir: 'memory' });
    });

    afterAll(async () => {
      socket?.close();
      for (const server of servers) await server.stop();
      await secondStore.close();
      await shared.dispose();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('a desk connected to one process sees a note appended through the other', async () => {
      const a = await start(shared.store, shared.databaseUrl!);
      const b = await start(secondStore, shared.databaseUrl!);
      const agent = await buildAgent(shared.store.db, { displayName: 'Camille Laurent' });
      const colleague = await buildAgent(shared.store.db, { displayName: 'Pieter Janssens' });
      const customer = await buildCustomer(shared.store.db);

      const onA = new ApiClient(a.url);
      await onA.login(agent.email, TEST_PASSWORD);
      socket = await connectDesk(a.url, onA.cookie);
      expect(await socket.emitWithAck('customer.watch', { customerId: customer.id })).toMatchObject({ ok: true });

      // A session made on one process is valid on the other (shared store, shared secret).
      const onB = new ApiClient(b.url);
      await onB.login(colleague.email, TEST_PASSWORD);
      const arriving = nextEvent(socket, 'timeline.appended', 5000);
      const res = await onB.post(`/api/customers/${customer.id}/timeline`, { body: 'Écrit sur le second processus' });
      expect(res.status).toBe(201);
      expect(await arriving).toMatchObject({ id: res.body.event.id, actor: { name: 'Pieter Janssens' } });
    });
  });
});
