import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events/socket-events';
import type { CallPop } from '@shared/schemas/call';
import { foldForSearch } from '@shared/utils/search-query';
import { startServer, type RunningServer } from '../../server/src/app';
import { loadConfig } from '../../server/src/config/config';
import { agents, customerIdentities, customers } from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';
import { createLogger } from '../../server/src/log/logger';
import { hashPassword } from '../../server/src/services/password';
import { createPbxService } from '../../server/src/services/pbx.service';
import { formatRandomly, type PhoneNumber } from '../simulate/numbers';
import { SeededRandom } from '@shared/utils/seeded-random';
import { encodeBody } from '../simulate/sender';
import { openBenchStore, type BenchStore, type BenchStoreKind } from './bench-store';
import { startFloorServer, type FloorServer } from './floor-server';
import { formatSummary, ms, summarize } from './percentiles';

export interface ScreenPopOptions {
  agents: number;
  calls: number;
  /** Calls (to each target) sent first and left out of the statistics. */
  warmup: number;
  /** Calls in flight at once per target; 1 = strictly sequential. */
  concurrency: number;
  store: BenchStoreKind;
  databaseUrl: string | undefined;
  seed: number;
  customers: number;
  log: (line: string) => void;
}

type DeskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PASSWORD = 'bench password, not a secret';
const POP_TIMEOUT_MS = 5000;
export const TARGET_P99_MS = 10;
export const TARGET_RATIO = 3;

interface BenchAgent {
  id: string;
  email: string;
  extension: string;
}

interface Sample {
  /** Webhook request sent -> 'call.ringing' received on the agent's socket. */
  pop: number;
  /** Webhook request sent -> HTTP answer read. */
  http: number;
}

/** Runs `task` over `items` with at most `limit` at a time (bounded setup work). */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function seedAgents(db: Db, count: number): Promise<BenchAgent[]> {
  const passwordHash = await hashPassword(PASSWORD); // once: scrypt is slow on purpose
  const rows = Array.from({ length: count }, (_, i) => ({
    email: `bench-agent-${i}@bench.local`,
    displayName: `Bench Agent ${i}`,
    passwordHash,
    role: 'agent',
    skills: ['general'],
    capacity: { voice: 1, chat: 3, email: 5 },
    extension: String(5000 + i),
    presence: 'available',
  }));
  const out: BenchAgent[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insert(agents)
      .values(rows.slice(i, i + 500))
      .returning({ id: agents.id, email: agents.email, extension: agents.extension });
    out.push(...inserted.map((r) => ({ id: r.id, email: r.email, extension: r.extension! })));
  }
  return out;
}

/** Customers with one French landline each, stored as E.164 like the product stores them. */
async function seedCustomers(db: Db, count: number): Promise<PhoneNumber[]> {
  const numbers: PhoneNumber[] = [];
  for (let i = 0; i < count; i += 1) {
    const number: PhoneNumber = { cc: '33', nsn: `14${String(1000000 + i).slice(-7)}` };
    const displayName = `Client Banc ${i}`;
    const [row] = await db
      .insert(customers)
      .values({ displayName, givenName: 'Client', familyName: `Banc ${i}`, searchName: foldForSearch(displayName) })
      .returning({ id: customers.id });
    await db.insert(customerIdentities).values({
      customerId: row!.id,
      kind: 'phone',
      value: `+${number.cc}${number.nsn}`,
      rawValue: `0${number.nsn}`,
      valid: true,
      isPrimary: true,
    });
    numbers.push(number);
  }
  return numbers;
}

async function login(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  await response.text();
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`login of ${email} failed: ${response.status}`);
  return cookie;
}

function openSocket(url: string, options: { cookie?: string; agentId?: string }): Promise<DeskSocket> {
  const socket: DeskSocket = connect(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
    auth: options.agentId ? { agentId: options.agentId } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Who waits for which call's pop: one listener per socket, matched by pop.call.pbxCallId. */
class PopWaiters {
  private readonly waiting = new Map<string, { agentId: string; resolve: (at: number) => void }>();
  /** The latest pop seen: the floor sends the same payload. */
  lastPop: CallPop | null = null;
  misdelivered = 0;

  listen(socket: DeskSocket, agentId: string): void {
    socket.on('call.ringing', (pop) => {
      const at = performance.now();
      this.lastPop = pop;
      const waiter = this.waiting.get(pop.call.pbxCallId);
      if (!waiter) return;
      if (waiter.agentId !== agentId) {
        this.misdelivered += 1;
        return;
      }
      this.waiting.delete(pop.call.pbxCallId);
      waiter.resolve(at);
    });
  }

  expect(callId: string, agentId: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(callId);
        reject(new Error(`no call.ringing for ${callId} within ${POP_TIMEOUT_MS} ms`));
      }, POP_TIMEOUT_MS);
      this.waiting.set(callId, {
        agentId,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }
}

interface Target {
  name: 'server' | 'floor';
  endpoint: string;
  waiters: PopWaiters;
  samples: Sample[];
  failures: number;
  failureSamples: string[];
}

async function post(endpoint: string, body: Parameters<typeof encodeBody>[0]): Promise<number> {
  const { contentType, payload } = encodeBody(body, 'form', new Date().toISOString());
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': contentType }, body: payload });
  await response.text();
  return response.status;
}

/** One newCall: the clock starts just before the request and stops when the agent's socket has the pop. */
async function measureOne(
  target: Target,
  callId: string,
  agent: BenchAgent,
  from: string,
  record: boolean,
): Promise<void> {
  const popArrived = target.waiters.expect(callId, agent.id);
  popArrived.catch(() => undefined);
  const body = {
    event: 'newCall' as const,
    callId,
    direction: 'in' as const,
    from,
    to: '+33 1 84 88 00 00',
    queue: 'Accueil',
    user: [agent.extension],
  };
  const started = performance.now();
  try {
    const status = await post(target.endpoint, body);
    const httpDone = performance.now();
    if (status !== 200) throw new Error(`${target.name} answered ${status} to ${callId}`);
    const popAt = await popArrived;
    if (record) target.samples.push({ pop: popAt - started, http: httpDone - started });
  } catch (err) {
    target.failures += 1;
    if (target.failureSamples.length < 3) target.failureSamples.push((err as Error).message);
    return;
  }
  // The call ends, outside the measurement: ringing calls do not pile up over the run.
  if (target.name === 'server')
    await post(target.endpoint, { event: 'hangup', callId, cause: 'cancel' }).catch(() => undefined);
}

export interface ScreenPopResult {
  lines: string[];
  lastLine: string;
}

export async function runScreenPop(options: ScreenPopOptions): Promise<ScreenPopResult> {
  const { log } = options;
  const rng: SeededRandom = new SeededRandom(options.seed);
  const runId = `bench${Date.now().toString(36)}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-bench-'));
  const cleanups: Array<() => Promise<unknown>> = [() => rm(dataDir, { recursive: true, force: true })];
  const sockets: DeskSocket[] = [];
  let bench: BenchStore | null = null;
  try {
    bench = await openBenchStore(options.store, options.databaseUrl);
    const { store } = bench;
    cleanups.unshift(bench.dispose);
    log(`store: ${bench.describe}`);

    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      SOCKET_ADAPTER: 'none',
      WRAP_UP_SECONDS: '0',
    });
    const server: RunningServer = await startServer(config, createLogger('silent'), { store });
    cleanups.unshift(() => server.stop());

    const benchAgents = await seedAgents(store.db, options.agents);
    const numbers = await seedCustomers(store.db, options.customers);
    const { token } = await createPbxService({ db: store.db }).create('bench', null);

    const serverTarget: Target = {
      name: 'server',
      endpoint: `${server.url}/api/cti/${token}`,
      waiters: new PopWaiters(),
      samples: [],
      failures: 0,
      failureSamples: [],
    };
    const floor: FloorServer = await startFloorServer(
      store.db,
      new Map(benchAgents.map((a) => [a.extension, a.id])),
      () => serverTarget.waiters.lastPop,
    );
    cleanups.unshift(() => floor.close());

    const floorTarget: Target = {
      name: 'floor',
      endpoint: `${floor.url}/floor/${token}`,
      waiters: new PopWaiters(),
      samples: [],
      failures: 0,
      failureSamples: [],
    };

    const setupStart = performance.now();
    await eachLimited(benchAgents, 8, async (agent) => {
      const cookie = await login(server.url, agent.email);
      const real = await openSocket(server.url, { cookie });
      sockets.push(real);
      serverTarget.waiters.listen(real, agent.id);
      const bare = await openSocket(floor.url, { agentId: agent.id });
      sockets.push(bare);
      floorTarget.waiters.listen(bare, agent.id);
    });
    log(
      `setup: ${options.agents} agents logged in, ${sockets.length} sockets connected (one to the server and one to the floor per agent), ${options.customers} customers, in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
    );

    let seq = 0;
    const nextCall = () => {
      seq += 1;
      return { agent: rng.pick(benchAgents), from: formatRandomly(rng, rng.pick(numbers)), n: seq };
    };

    // Warm-up: JIT, connection pools, prepared plans; and a real pop for the floor to send.
    for (let i = 0; i < Math.max(1, options.warmup); i += 1) {
      const c = nextCall();
      await measureOne(serverTarget, `${runId}-w${c.n}`, c.agent, c.from, false);
    }
    const template = serverTarget.waiters.lastPop;
    if (!template)
      throw new Error(`the server sent no screen pop during warm-up: ${serverTarget.failureSamples.join('; ')}`);
    for (let i = 0; i < Math.max(1, options.warmup); i += 1) {
      const c = nextCall();
      await measureOne(floorTarget, `${runId}-fw${c.n}`, c.agent, c.from, false);
    }
    serverTarget.failures = 0;
    floorTarget.failures = 0;
    log(
      `warm-up: ${options.warmup} calls to each; pop payload ~${Buffer.byteLength(JSON.stringify(template))} bytes now (customer card ${template.customer ? 'present' : 'absent'}, ${template.recentContacts.length} recent contacts; grows as calls accumulate, the floor always sends the latest real pop)`,
    );

    // Measured: the real server and the floor alternate call by call (in both orders), so drift
    // (GC, cache, disk) hits both alike.
    const measureStart = performance.now();
    let issued = 0;
    const worker = async () => {
      while (issued < options.calls) {
        const i = issued++;
        const order = i % 2 === 0 ? [serverTarget, floorTarget] : [floorTarget, serverTarget];
        for (const target of order) {
          const c = nextCall();
          await measureOne(target, `${runId}-${target.name}-${c.n}`, c.agent, c.from, true);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const measureSeconds = (performance.now() - measureStart) / 1000;

    const real = summarize(serverTarget.samples.map((s) => s.pop));
    const realHttp = summarize(serverTarget.samples.map((s) => s.http));
    const base = summarize(floorTarget.samples.map((s) => s.pop));
    const baseHttp = summarize(floorTarget.samples.map((s) => s.http));
    const ratio = real.p99 / base.p99;
    const lines = [
      `measured: ${options.calls} calls to each of server and floor, concurrency ${options.concurrency}, in ${measureSeconds.toFixed(1)} s`,
      formatSummary('server pop  (webhook sent -> call.ringing on socket)', real),
      formatSummary('server http (webhook sent -> 200 read)            ', realHttp),
      formatSummary('floor  pop  (bare handler: 1 committed row + emit)', base),
      formatSummary('floor  http                                       ', baseHttp),
      `failures: server=${serverTarget.failures} floor=${floorTarget.failures}; pops on the wrong socket: ${serverTarget.waiters.misdelivered + floorTarget.waiters.misdelivered}`,
      ...[...serverTarget.failureSamples, ...floorTarget.failureSamples].map((m) => `  failure: ${m}`),
      `ratio of p99s (server / floor): ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}`,
    ];
    const missed: string[] = [];
    if (!(real.p99 < TARGET_P99_MS)) missed.push(`p99 ${ms(real.p99)} ms is not below ${TARGET_P99_MS} ms`);
    if (!(ratio <= TARGET_RATIO))
      missed.push(`p99 is ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}x the floor's, above ${TARGET_RATIO}x`);
    if (serverTarget.failures > 0) missed.push(`${serverTarget.failures} pops did not arrive`);
    lines.push(
      missed.length
        ? `target missed: ${missed.join('; ')}`
        : `target met: p99 below ${TARGET_P99_MS} ms and within ${TARGET_RATIO}x of the floor`,
    );
    const lastLine = `screen-pop p50=${ms(real.p50)} p95=${ms(real.p95)} p99=${ms(real.p99)} floor_p99=${ms(base.p99)} ratio=${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}`;
    return { lines, lastLine };
  } finally {
    for (const socket of sockets) socket.close();
    for (const cleanup of cleanups) await cleanup().catch((err) => log(`cleanup: ${(err as Error).message}`));
  }
}
