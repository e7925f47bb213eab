import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '@shared/schemas/limits';
import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let api: ApiClient;
let customer: { id: string };

const timelineCount = async () => (await api.get(`/api/customers/${customer.id}/timeline?limit=100`)).body.items.length;

beforeAll(async () => {
  t = await startTestServer();
  const agent = await buildAgent(t.server.store.db);
  customer = await buildCustomer(t.server.store.db, { phones: ['01 42 68 53 00'] });
  api = new ApiClient(t.url);
  await api.login(agent.email, TEST_PASSWORD);
});
afterAll(() => t.dispose());

describe('bad input gets a clear error and changes nothing', () => {
  const notePath = () => `/api/customers/${customer.id}/timeline`;

  it('malformed JSON: 400 malformed_json', async () => {
    const res = await api.request('POST', notePath(), '{"body": "unterminated');
    expect(res.status).toBe(400);
    expect(apiErrorOf(res.body)).toMatchObject({ code: 'malformed_json', reason: 'malformed_json' });
    expect(await timelineCount()).toBe(0);
  });

  it('wrong types: 400 naming the field', async () => {
    const res = await api.post(notePath(), { body: 42 });
    expect(res.status).toBe(400);
    expect(apiErrorOf(res.body)).toMatchObject({
      code: 'validation_failed',
      reason: 'invalid_input',
      fields: [{ path: 'body' }],
    });
  });

  it('unknown fields: 400 naming each of them', async () => {
    const res = await api.post(notePath(), { body: 'ok', actorName: 'Someone Else', occurredAt: '1999-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['actorName', 'occurredAt']);
    expect(res.body.error.fields[0].message).toBe('unknown field');
  });

  it('empty and over-long strings: 400 naming the field', async () => {
    expect((await api.post(notePath(), { body: '   ' })).body.error.fields[0].path).toBe('body');
    const long = await api.post(notePath(), { body: 'x'.repeat(LIMITS.noteBody + 1) });
    expect(long.status).toBe(400);
    expect(long.body.error.fields[0]).toMatchObject({ path: 'body' });
    const query = await api.get(`/api/customers?q=${'a'.repeat(LIMITS.searchQuery + 1)}`);
    expect(query.status).toBe(400);
    expect(query.body.error.fields[0].path).toBe('q');
  });

  it('a missing body or a body that is not an object: 400', async () => {
    expect((await api.request('POST', notePath())).status).toBe(400);
    expect((await api.post(notePath(), [1, 2])).status).toBe(400);
    expect((await api.post(notePath(), 'null')).status).toBe(400);
  });

  it('oversized bodies: 413 before anything is parsed', async () => {
    const res = await api.post(notePath(), { body: 'x'.repeat(LIMITS.jsonBodyBytes + 10) });
    expect(res.status).toBe(413);
    expect(apiErrorOf(res.body)).toMatchObject({ code: 'payload_too_large', reason: 'payload_too_large' });
  });

  it('a form post (what a cross-site form would send): 415', async () => {
    const res = await api.request('POST', notePath(), 'body=hello', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
    expect(apiErrorOf(res.body)).toMatchObject({ code: 'unsupported_media_type', reason: 'unsupported_media_type' });
  });

  it('unknown query parameters and bad limits: 400', async () => {
    expect((await api.get(`${notePath()}?limit=0`)).status).toBe(400);
    expect((await api.get(`${notePath()}?limit=abc`)).status).toBe(400);
    expect((await api.get(`${notePath()}?offset=10`)).body.error.fields[0]).toEqual({
      path: 'offset',
      message: 'unknown field',
    });
  });

  it('naughty strings are stored and returned exactly as typed', async () => {
    const file = path.resolve(__dirname, '../../../shared/fixtures/text/naughty-strings/blns.txt');
    const strings = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .slice(0, 60);
    const before = await timelineCount();
    let accepted = 0;
    for (const s of strings) {
      const res = await api.post(notePath(), { body: s });
      if (res.status === 201) {
        expect(res.body.event.body).toBe(s.trim());
        accepted += 1;
      } else {
        expect(res.status).toBe(400);
      }
    }
    expect(await timelineCount()).toBe(Math.min(100, before + accepted));
    // Search must not choke on them either.
    for (const s of strings.slice(0, 30)) {
      const res = await api.get(`/api/customers?q=${encodeURIComponent(s.slice(0, 200))}`);
      expect([200, 400]).toContain(res.status);
    }
  });

  it('unknown API routes: JSON 404', async () => {
    const res = await api.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(apiErrorOf(res.body)).toMatchObject({ code: 'route_not_found', reason: 'route_not_found' });
    expect((await api.request('DELETE', '/api/customers')).status).toBe(404);
  });
});

describe('health', () => {
  it('reports status, store and version', async () => {
    const res = await new ApiClient(t.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      store: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});
