import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let agent: BuiltAgent;
let supervisor: BuiltAgent;

beforeAll(async () => {
  t = await startTestServer();
});
// Fresh accounts for each test: failed sign-ins, sessions, presence and language do not carry over.
beforeEach(async () => {
  agent = await buildAgent(t.server.store.db, { role: 'agent', displayName: 'Camille Laurent' });
  supervisor = await buildAgent(t.server.store.db, { role: 'supervisor' });
});
afterAll(() => t.dispose());

describe('sign-in and sessions', () => {
  it('signs in with email and password and sets an httpOnly session cookie', async () => {
    const api = new ApiClient(t.url);
    const res = await api.post('/api/auth/login', { email: agent.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.agent).toMatchObject({ id: agent.id, displayName: 'Camille Laurent', role: 'agent' });
    expect(res.body.agent.passwordHash).toBeUndefined();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await api.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.agent.email).toBe(agent.email);
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const api = new ApiClient(t.url);
    const wrong = await api.post('/api/auth/login', { email: agent.email, password: 'nope' });
    const unknown = await api.post('/api/auth/login', { email: 'nobody@test.local', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(apiErrorOf(wrong.body)).toMatchObject({ code: 'invalid_credentials', reason: 'invalid_credentials' });
    expect(api.cookie).toBeNull();
  });

  it('refuses sign-in for a while after repeated wrong passwords, with Retry-After', async () => {
    const target = await buildAgent(t.server.store.db, { role: 'agent' });
    const api = new ApiClient(t.url);
    for (let i = 0; i < 10; i += 1)
      expect((await api.post('/api/auth/login', { email: target.email, password: `guess-${i}` })).status).toBe(401);
    const blocked = await api.post('/api/auth/login', { email: target.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(apiErrorOf(blocked.body)).toMatchObject({ code: 'rate_limited', reason: 'sign_in_throttled' });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 401 on every protected route without a session', async () => {
    const api = new ApiClient(t.url);
    for (const [method, path, body] of [
      ['GET', '/api/me'],
      ['GET', '/api/customers?q=dupin'],
      ['GET', '/api/customers/00000000-0000-4000-8000-000000000000'],
      ['GET', '/api/customers/00000000-0000-4000-8000-000000000000/timeline'],
      ['POST', '/api/customers/00000000-0000-4000-8000-000000000000/timeline', { body: 'x' }],
      ['PUT', '/api/me/presence', { presence: 'available' }],
      ['GET', '/api/agents'],
    ] as const) {
      const res = await api.request(method, path, body);
      expect({ path, status: res.status, code: res.body?.error?.code, reason: res.body?.error?.reason }).toEqual({
        path,
        status: 401,
        code: 'unauthenticated',
        reason: 'sign_in_required',
      });
    }
  });

  it('refuses a forged or tampered cookie', async () => {
    const api = new ApiClient(t.url);
    await api.login(agent.email, TEST_PASSWORD);
    const [name, value] = api.cookie!.split('=');
    api.cookie = `${name}=${value!.slice(0, -2)}xx`;
    expect((await api.get('/api/me')).status).toBe(401);
    api.cookie = `${name}=made-up.signature`;
    expect((await api.get('/api/me')).status).toBe(401);
  });

  it('enforces roles: 403 for an agent on the supervisors’ roster, 200 for a supervisor', async () => {
    const asAgent = new ApiClient(t.url);
    await asAgent.login(agent.email, TEST_PASSWORD);
    const denied = await asAgent.get('/api/agents');
    expect(denied.status).toBe(403);
    expect(apiErrorOf(denied.body)).toMatchObject({ code: 'forbidden', reason: 'role_required' });

    const asSupervisor = new ApiClient(t.url);
    await asSupervisor.login(supervisor.email, TEST_PASSWORD);
    const roster = await asSupervisor.get('/api/agents');
    expect(roster.status).toBe(200);
    expect(roster.body.items.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([agent.id, supervisor.id]),
    );
  });

  it('an admin cannot write notes on a customer (403), an agent can', async () => {
    const admin = await buildAgent(t.server.store.db, { role: 'admin' });
    const api = new ApiClient(t.url);
    await api.login(admin.email, TEST_PASSWORD);
    const res = await api.post('/api/customers/00000000-0000-4000-8000-000000000000/timeline', { body: 'x' });
    expect(res.status).toBe(403);
  });

  it('signs out: the cookie is cleared and the old session no longer works', async () => {
    const api = new ApiClient(t.url);
    await api.login(agent.email, TEST_PASSWORD);
    const stolen = api.cookie;
    const out = await api.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(api.cookie).toBeNull();
    api.cookie = stolen;
    expect((await api.get('/api/me')).status).toBe(401);
  });

  it('lets an agent set presence and language', async () => {
    const api = new ApiClient(t.url);
    await api.login(agent.email, TEST_PASSWORD);
    const presence = await api.request('PUT', '/api/me/presence', { presence: 'available' });
    expect(presence.status).toBe(200);
    expect(presence.body.agent.presence).toBe('available');
    const busy = await api.request('PUT', '/api/me/presence', { presence: 'busy' });
    expect(busy.status).toBe(400);
    expect(busy.body.error.fields[0].path).toBe('presence');
    const locale = await api.request('PATCH', '/api/me', { locale: 'fr' });
    expect(locale.body.agent.locale).toBe('fr');
    expect((await api.get('/api/me')).body.agent).toMatchObject({ presence: 'available', locale: 'fr' });
  });
});
