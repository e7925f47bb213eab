import { and, count, eq } from 'drizzle-orm';
import { normalisePhone } from '@shared/utils/phone';
import { ctiWebhookBodySchema } from '@shared/schemas/cti';
import { contacts } from '../../server/src/db/schema';
import { createPbxService } from '../../server/src/services/pbx.service';
import { formFieldsToObject } from '../../server/src/channels/cti/cti-webhook';
import { UsageError, checkLoopbackUrl, parseSimulateArgs } from '../../scripts/simulate/args';
import { SHOWCASE_NUMBERS, formatNumber, stylesFor } from '../../scripts/simulate/numbers';
import { generateScenario, type ScenarioOptions } from '../../scripts/simulate/scenario';
import { encodeBody, runSimulation } from '../../scripts/simulate/sender';
import { percentile, summarize } from '../../scripts/bench/percentiles';
import { buildAgent, type BuiltAgent } from '../factories/agents';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

const options: ScenarioOptions = {
  seed: 42,
  runId: 'run1',
  ratePerSecond: 20,
  durationSeconds: 30,
  extensions: ['1001', '1002', '1003'],
};
const phoneOptions = { defaultRegion: 'FR' as const, fallbackRegions: ['BE' as const] };

describe('call simulator: scenario generator', () => {
  const calls = generateScenario(options);

  it('is deterministic for a seed, and differs for another', () => {
    expect(generateScenario(options)).toEqual(calls);
    expect(generateScenario({ ...options, seed: 43 })).not.toEqual(calls);
    expect(calls).toHaveLength(600);
  });

  it('starts every call with newCall and ends it with hangup, events in time order', () => {
    for (const call of calls) {
      const names = call.events.map((e) => e.body.event);
      expect(names[0]).toBe('newCall');
      expect(names[names.length - 1]).toBe('hangup');
      expect(names.filter((n) => n === 'newCall' || n === 'hangup')).toHaveLength(2);
      for (const [i, e] of call.events.entries()) if (i > 0) expect(e.atMs).toBeGreaterThan(call.events[i - 1]!.atMs);
      for (const e of call.events) expect(e.body.callId).toBe(call.callId);
    }
  });

  it('ends unanswered inbound calls with cancel or noAnswer, answered ones with normalClearing', () => {
    const unanswered = calls.filter((c) => !c.events.some((e) => e.body.event === 'answer'));
    expect(unanswered.length).toBeGreaterThan(0);
    for (const call of unanswered) expect(['cancel', 'noAnswer']).toContain(call.events.at(-1)!.body.cause);
    for (const call of calls.filter((c) => c.answered)) expect(call.events.at(-1)!.body.cause).toBe('normalClearing');
  });

  it('gives unique callIds prefixed with the run id, and rings 1-2 of the given extensions', () => {
    expect(new Set(calls.map((c) => c.callId)).size).toBe(calls.length);
    for (const call of calls) {
      expect(call.callId.startsWith('run1-')).toBe(true);
      const users = call.events[0]!.body.user!;
      expect(users.length).toBeGreaterThanOrEqual(1);
      expect(users.length).toBeLessThanOrEqual(2);
      for (const u of users) expect(options.extensions).toContain(u);
    }
  });

  it('starts calls at the rate and keeps every call within the run', () => {
    for (const [i, c] of calls.entries()) expect(c.startMs).toBe(Math.round((i * 1000) / options.ratePerSecond));
    for (const call of calls) expect(call.events.at(-1)!.atMs).toBeLessThan(options.durationSeconds * 1000);
  });

  it('mixes known callers in varied formats, unknown, withheld and invalid numbers', () => {
    const kinds = new Set(calls.map((c) => c.caller));
    expect([...kinds].sort()).toEqual(['invalid', 'known', 'unknown', 'withheld']);
    const known = calls.filter((c) => c.caller === 'known').map((c) => c.events[0]!.body.from!);
    expect(new Set(known).size).toBeGreaterThan(10);
    const showcase = new Set(SHOWCASE_NUMBERS.map((n) => `+${n.cc}${n.nsn}`));
    for (const from of known) {
      const parsed = normalisePhone(from, phoneOptions);
      expect(parsed.kind === 'e164' && showcase.has(parsed.e164)).toBe(true);
    }
    for (const c of calls.filter((c) => c.caller === 'withheld'))
      expect(normalisePhone(c.events[0]!.body.from!, phoneOptions).kind).toBe('withheld');
    for (const c of calls.filter((c) => c.caller === 'invalid'))
      expect(normalisePhone(c.events[0]!.body.from!, phoneOptions).kind).toBe('invalid');
  });

  it('writes every showcase number in every style as the same E.164 number', () => {
    for (const n of SHOWCASE_NUMBERS) {
      for (const style of stylesFor(n)) {
        const parsed = normalisePhone(formatNumber(n, style), phoneOptions);
        const e164 = parsed.kind === 'e164' ? parsed.e164 : parsed.kind;
        expect({ style, e164 }).toEqual({ style, e164: `+${n.cc}${n.nsn}` });
      }
    }
    expect(formatNumber(SHOWCASE_NUMBERS[0]!, 'intlTrunk')).toBe('+33 (0)1 42 68 53 00');
    expect(formatNumber(SHOWCASE_NUMBERS[1]!, 'slashed')).toBe('02/555.12.12');
  });

  it('encodes bodies the webhook accepts, form (user[]) and JSON', () => {
    for (const call of calls.slice(0, 50)) {
      for (const { body } of call.events) {
        const form = encodeBody(body, 'form', '2026-03-02T10:00:00.000Z');
        const fields = formFieldsToObject(new URLSearchParams(form.payload));
        expect(ctiWebhookBodySchema.safeParse(fields).success).toBe(true);
        const json = encodeBody(body, 'json', '2026-03-02T10:00:00.000Z');
        expect(ctiWebhookBodySchema.safeParse(JSON.parse(json.payload)).success).toBe(true);
      }
    }
    expect(encodeBody(calls[0]!.events[0]!.body, 'form', 'x').payload).toContain('user%5B%5D=');
  });
});

describe('latency percentiles (simulator summary and benchmarks)', () => {
  it('interpolates between ranks and summarises', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([1, 2], 50)).toBe(1.5);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([3, 1, 2])).toMatchObject({ count: 3, min: 1, max: 3, p50: 2, mean: 2 });
  });
});

describe('call simulator: arguments', () => {
  it('refuses targets that are not this machine', () => {
    expect(checkLoopbackUrl('http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000');
    expect(checkLoopbackUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(checkLoopbackUrl('http://[::1]:3000')).toBe('http://[::1]:3000');
    for (const bad of [
      'http://10.0.0.1:3000',
      'http://example.com',
      'http://127.0.0.1.example.com',
      'ftp://localhost',
      'nonsense',
    ]) {
      expect(() => checkLoopbackUrl(bad)).toThrow(UsageError);
    }
  });

  it('parses rate, duration, token from the environment, and rejects bad values clearly', () => {
    const parsed = parseSimulateArgs(['calls', '--rate', '30/min', '--duration', '2m', '--seed', '7'], {
      CTI_TOKEN: 'abcdefghijklmnop',
    });
    expect(parsed).toMatchObject({
      help: false,
      args: {
        ratePerSecond: 0.5,
        durationSeconds: 120,
        token: 'abcdefghijklmnop',
        seed: 7,
        extensions: ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009'],
      },
    });
    expect(parseSimulateArgs(['--help'])).toEqual({ help: true });
    expect(() => parseSimulateArgs(['calls', '--rate', '5/s', '--duration', '10'])).toThrow(/CTI_TOKEN/);
    expect(() =>
      parseSimulateArgs(['calls', '--rate', 'fast', '--duration', '10', '--token', 'abcdefghijklmnop']),
    ).toThrow(/--rate/);
    expect(() =>
      parseSimulateArgs(['calls', '--rate', '5/s', '--duration', '-1', '--token', 'abcdefghijklmnop']),
    ).toThrow(/--duration/);
    expect(() => parseSimulateArgs(['calls', '--rate', '5/s', '--duration', '1', '--bogus'])).toThrow(UsageError);
    expect(() => parseSimulateArgs(['dance'])).toThrow(/unknown command/);
  });
});

describe('call simulator: against a running server', () => {
  let t: TestServer;
  let agent: BuiltAgent;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer();
    const db = t.server.store.db;
    agent = await buildAgent(db, { extension: '1001' });
    await buildAgent(db, { extension: '1002' });
    await buildAgent(db, { extension: '1003' });
    token = (await createPbxService({ db }).create('sim', null)).token;
  });
  afterAll(() => t?.dispose());

  it('sends each call through to hangup, all accepted, and the server records them', async () => {
    const scripts = generateScenario({
      seed: 5,
      runId: 'itest',
      ratePerSecond: 4,
      durationSeconds: 1.5,
      extensions: ['1001', '1002', '1003'],
    });
    const stats = await runSimulation(scripts, {
      url: t.url,
      token,
      format: 'form',
      maxInFlight: 50,
      drainCapMs: 10_000,
    });

    expect(stats.summaryLines().join('\n')).toMatch(/http status: 200=\d+$/m);
    expect(stats.onlySuccess()).toBe(true);
    expect(stats.callsStarted).toBe(scripts.length);
    expect(stats.callsCompleted).toBe(scripts.length);
    expect(stats.eventsSent).toBe(scripts.reduce((n, s) => n + s.events.length, 0));

    const db = t.server.store.db;
    const [voice] = await db.select({ n: count() }).from(contacts).where(eq(contacts.channel, 'voice'));
    expect(voice!.n).toBe(scripts.length);
    const [live] = await db
      .select({ n: count() })
      .from(contacts)
      .where(and(eq(contacts.channel, 'voice'), eq(contacts.state, 'offered')));
    expect(live!.n).toBe(0);

    const api = new ApiClient(t.url);
    await api.login(agent.email, agent.password);
    const missed = await api.get('/api/calls/missed');
    expect(missed.status).toBe(200);
    const expectedMissed = scripts
      .filter((s) => !s.answered)
      .map((s) => s.callId)
      .sort();
    expect(missed.body.items.map((c: { pbxCallId: string }) => c.pbxCallId).sort()).toEqual(expectedMissed);
  });

  it('also speaks JSON, and counts refused requests instead of failing', async () => {
    const scripts = generateScenario({
      seed: 9,
      runId: 'itest-json',
      ratePerSecond: 3,
      durationSeconds: 1,
      extensions: ['1001', '1002'],
    });
    const ok = await runSimulation(scripts, { url: t.url, token, format: 'json', maxInFlight: 50, drainCapMs: 10_000 });
    expect(ok.onlySuccess()).toBe(true);
    const refused = await runSimulation(scripts.slice(0, 1), {
      url: t.url,
      token: 'not-a-valid-token-at-all',
      format: 'form',
      maxInFlight: 5,
      drainCapMs: 10_000,
    });
    expect(refused.onlySuccess()).toBe(false);
    expect(refused.statusCounts.get('401')).toBe(scripts[0]!.events.length);
  });
});
