import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { agents } from '../../server/src/db/schema';
import { SeededRandom } from '@shared/utils/seeded-random';
import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { buildChatTopic, command, connectVisitor, startChat } from '../support/chat';
import { ApiClient, type ApiResponse } from '../support/http';
import { rows } from '../support/routing-chaos';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * A seat is a seat, under load, across processes: two `npm start` server processes on one
 * PostgreSQL database, each running its own routing passes, while agents (signed in on either)
 * accept, decline or let offers lapse over HTTP and close their chats, and visitors start chats on
 * either process and sometimes leave while waiting or while being offered. Meanwhile a sampler
 * reads, in one statement at a time, every agent's chats offered/active/in wrap-up plus pending
 * offers against their chat capacity. Checked: no sample over capacity, no accept refused "at
 * capacity" (capacity never changes here, and an offer holds a seat, so that refusal can only
 * mean a seat was counted twice), no 5xx from either process, and a coherent database at the end.
 */
const onServer = process.env.DATABASE_URL ? describe : describe.skip;
jest.setTimeout(300_000);

const AGENTS = 16;
const CHAT_CAPACITY = 2;
const CHATS = 160;

interface Outcome {
  route: string;
  status: number;
  reason?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

onServer('seats under load with two server processes on one PostgreSQL', () => {
  let t: TestStore;
  let dataDir: string;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    t = await createTestStore();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-seats-'));
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await t.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`never offers an agent past capacity, never refuses an accept with a seat free, never answers 5xx (${AGENTS} agents, ${CHATS} chats)`, async () => {
    const db = t.store.db;
    const { topicId } = await buildChatTopic(db);
    const built = [];
    for (let i = 0; i < AGENTS; i += 1) built.push(await buildAgent(db));
    await db.update(agents).set({ capacity: { voice: 1, chat: CHAT_CAPACITY, email: 5 } });

    const env = {
      DATABASE_URL: t.databaseUrl!,
      DATA_DIR: dataDir,
      CLIENT_DIST_DIR: path.join(dataDir, 'no-client'),
      SESSION_SECRET: 'one-secret-shared-by-both-processes-of-the-test',
      SEED_DEMO: 'false',
      SOCKET_ADAPTER: 'postgres',
      OFFER_TIMEOUT_SECONDS: '5',
      WRAP_UP_SECONDS: '0',
      CHAT_CONVERSATIONS_PER_HOUR_PER_IP: '100000',
      CHAT_ALLOWED_ORIGINS: '*',
    };
    servers.push(await startServerProcess(env), await startServerProcess(env));
    const urls = servers.map((s) => s.url);

    const outcomes: Outcome[] = [];
    const record = (route: string, res: ApiResponse): ApiResponse => {
      outcomes.push({ route, status: res.status, reason: res.body?.error?.reason });
      if (res.status >= 500 || res.body?.error?.reason === 'agent_at_capacity') running = false;
      return res;
    };
    const random = new SeededRandom(7);
    let running = true;
    // Closes and visitors' departures run beside the loops; all are awaited before the checks.
    const aside: Array<Promise<unknown>> = [];

    // The sampler: one statement, so one snapshot of every agent's seats.
    const overCapacity: Array<Record<string, unknown>> = [];
    let samples = 0;
    const sampler = (async () => {
      while (running) {
        const found = rows(
          await db.execute(sql`
            with seats as (
              select c.agent_id, count(*)::int as n from contacts c
               where c.channel = 'chat' and c.agent_id is not null and c.state in ('offered','active','wrap_up')
               group by c.agent_id
              union all
              select o.agent_id, count(*)::int from offers o join contacts c on c.id = o.contact_id
               where o.state = 'pending' and c.channel = 'chat' and (c.agent_id is null or c.agent_id <> o.agent_id)
               group by o.agent_id)
            select s.agent_id, sum(s.n)::int as used, (a.capacity->>'chat')::int as capacity
              from seats s join agents a on a.id = s.agent_id
             group by s.agent_id, a.capacity
            having sum(s.n) > (a.capacity->>'chat')::int`),
        );
        samples += 1;
        overCapacity.push(...found);
        // One violation is enough: stop the run and report it.
        if (found.length > 0) running = false;
        await sleep(15);
      }
    })();

    // Agents: signed in on either process, available, answering their offers as they come.
    const agentLoops = built.map(async (agent, i) => {
      const api = new ApiClient(urls[i % 2]!);
      await api.login(agent.email, TEST_PASSWORD);
      record('presence', await api.request('PUT', '/api/me/presence', { presence: 'available' }));
      for (let turn = 1; running; turn += 1) {
        // Three lapsed offers in a row set an agent away; like a real one, they come back.
        if (turn % 25 === 0)
          record('presence', await api.request('PUT', '/api/me/presence', { presence: 'available' }));
        const mine = record('offers', await api.get('/api/offers/mine'));
        for (const offer of (mine.body?.items ?? []) as Array<{ id: string; contact: { id: string } }>) {
          const roll = random.next();
          if (roll < 0.7) {
            const res = record('accept', await api.post(`/api/offers/${offer.id}/accept`));
            if (res.status !== 200) continue;
            // Talk a little, then close the chat: the seat frees.
            aside.push(
              (async () => {
                await sleep(random.next() * 300);
                const chat = record('chat', await api.get(`/api/chats/by-contact/${offer.contact.id}`));
                if (chat.status !== 200) return;
                record('close', await api.post(`/api/chats/${chat.body.chat.id}/close`, { disposition: 'resolved' }));
              })(),
            );
          } else if (roll < 0.85) {
            record('decline', await api.post(`/api/offers/${offer.id}/decline`, {}));
          }
          // Otherwise left to lapse: it expires and the contact goes back to its queue.
        }
        await sleep(20 + random.next() * 60);
      }
    });

    // Visitors: chats start on either process; a quarter leave again at a random moment.
    let started = 0;
    const visitors = Array.from({ length: 8 }, async (_, lane) => {
      while (started < CHATS && running) {
        started += 1;
        const url = urls[(started + lane) % 2]!;
        const res = record('start', await startChat(url, { topicId, name: `Visiteur ${started}` }));
        if (res.status === 201 && random.next() < 0.25) {
          const token = res.body.visitorToken as string;
          aside.push(
            (async () => {
              await sleep(random.next() * 1500);
              const socket = await connectVisitor(url, token);
              const ack = await command(socket, 'chat.end', {});
              outcomes.push({
                route: 'visitor-end',
                status: ack.ok ? 200 : 500,
                reason: ack.ok ? undefined : ack.error?.reason,
              });
              socket.close();
            })(),
          );
        }
        await sleep(random.next() * 40);
      }
    });
    await Promise.all(visitors);

    // Until every chat has ended (or a generous bound: the assertions below then say what is stuck).
    for (let i = 0; i < 240 && running; i += 1) {
      const [open] = rows(
        await db.execute(
          sql`select count(*)::int as n from contacts where channel = 'chat' and state not in ('closed','abandoned')`,
        ),
      );
      if (Number(open!.n) === 0) break;
      await sleep(250);
    }
    running = false;
    await Promise.all([sampler, ...agentLoops]);
    await Promise.allSettled(aside);

    expect(samples).toBeGreaterThan(50);
    expect(overCapacity).toEqual([]);
    expect(outcomes.filter((o) => o.reason === 'agent_at_capacity')).toEqual([]);
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
    for (const server of servers) expect(server.lines.filter((l) => l.includes('"level":50'))).toEqual([]);

    const accepted = outcomes.filter((o) => o.route === 'accept' && o.status === 200).length;
    expect(accepted).toBeGreaterThan(CHATS / 2);
    // 201 started, or 200 with the alternatives when the queue is long (the widget's own answer).
    expect(outcomes.filter((o) => o.route === 'start' && o.status !== 201 && o.status !== 200)).toEqual([]);
    expect(outcomes.filter((o) => o.route === 'start' && o.status === 201).length).toBeGreaterThan(CHATS / 2);
    const [end] = rows(
      await db.execute(sql`
        select count(*) filter (where state not in ('closed','abandoned'))::int as open,
               (select count(*)::int from offers where state = 'pending') as pending,
               (select count(*)::int from (select contact_id from offers where state = 'accepted' group by contact_id having count(*) > 1) x) as twice
          from contacts where channel = 'chat'`),
    );
    expect(end).toEqual({ open: 0, pending: 0, twice: 0 });
  });
});
