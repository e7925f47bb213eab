import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../server/src/config/config';
import { contacts } from '../../server/src/db/schema';
import { inTransaction } from '../../server/src/db/unit-of-work';
import { createLogger } from '../../server/src/log/logger';
import { startServer, type RunningServer } from '../../server/src/app';
import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { buildQueue } from '../factories/queues';
import { ApiClient } from '../support/http';

/** A server restart loses no queued contact, no open offer and no assignment: they are rows. */
let dataDir: string;
let running: RunningServer | null = null;

async function start(): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    SOCKET_ADAPTER: 'none',
    BACKGROUND_JOBS: 'false',
    SHUTDOWN_GRACE_MS: '1000',
  });
  running = await startServer(config, createLogger(config.logLevel));
  return running;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-restart-'));
});
afterAll(async () => {
  await running?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

it('keeps queued contacts, pending offers and assignments across a restart, and routes on', async () => {
  let server = await start();
  const db = server.store.db;
  const queue = await buildQueue(db, { channels: ['chat'], requiredSkills: ['restart'] });
  const agent = await buildAgent(db, { skills: ['restart'] });
  const api = new ApiClient(server.url);
  await api.login(agent.email, TEST_PASSWORD);
  await api.request('PUT', '/api/me/presence', { presence: 'available' });
  const enqueue = () =>
    inTransaction(server.store.db, (uow) =>
      server.services.contactQueue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: null }),
    );
  const ids: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const queued = await enqueue();
    if (queued.kind === 'queued') ids.push(queued.contactId);
  }
  await inTransaction(server.store.db, (uow) =>
    server.services.contactQueue.enqueue(uow, { channel: 'chat', queueId: queue.id, customerId: null }),
  );
  await server.services.routing.routeWaiting();
  // Chat capacity 3: three offers at once, the fourth chat waits.
  const offered = (await api.get('/api/offers/mine')).body.items;
  expect(offered).toHaveLength(3);
  expect((await api.post(`/api/offers/${offered[0].id}/accept`)).status).toBe(200);
  const before = await db
    .select({ id: contacts.id, state: contacts.state, agentId: contacts.agentId })
    .from(contacts)
    .where(eq(contacts.queueId, queue.id));

  await server.stop();
  running = null;
  server = await start();

  const after = await server.store.db
    .select({ id: contacts.id, state: contacts.state, agentId: contacts.agentId })
    .from(contacts)
    .where(eq(contacts.queueId, queue.id));
  expect(after).toEqual(expect.arrayContaining(before));
  expect(after.filter((c) => c.state === 'active' && c.agentId === agent.id)).toHaveLength(1);
  // The session survives too; the desk reads its pending offer back.
  const again = new ApiClient(server.url);
  again.cookie = api.cookie;
  const pending = (await again.get('/api/offers/mine')).body.items;
  expect(pending).toHaveLength(2);
  expect(await again.post(`/api/offers/${pending[0].id}/accept`)).toMatchObject({ status: 200 });
  expect(await again.post(`/api/offers/${pending[1].id}/decline`, { reason: 'pause' })).toMatchObject({ status: 204 });
  // The declined chat and the fourth one still wait; the next pass offers one to the free seat.
  await server.services.routing.routeWaiting();
  expect((await again.get('/api/offers/mine')).body.items).toHaveLength(1);
  expect(
    (await server.store.db.select().from(contacts).where(eq(contacts.queueId, queue.id))).filter(
      (c) => c.state === 'queued',
    ),
  ).toHaveLength(1);
});
