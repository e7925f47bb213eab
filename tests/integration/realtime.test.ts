import type { TimelineEvent } from '@shared/schemas/timeline';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { connectDesk, nextEvent, type DeskClientSocket } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let agent: BuiltAgent;
let colleague: BuiltAgent;
let customer: { id: string };
const open: DeskClientSocket[] = [];

async function signedInDesk(who: BuiltAgent) {
  const api = new ApiClient(t.url);
  await api.login(who.email, TEST_PASSWORD);
  const socket = await connectDesk(t.url, api.cookie);
  open.push(socket);
  return { api, socket };
}

beforeAll(async () => {
  t = await startTestServer();
});
// Fresh agents and customer for each test: none sees another's presence, sessions or notes.
beforeEach(async () => {
  agent = await buildAgent(t.server.store.db, { displayName: 'Camille Laurent' });
  colleague = await buildAgent(t.server.store.db, { displayName: 'Pieter Janssens' });
  customer = await buildCustomer(t.server.store.db);
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(() => t.dispose());

describe('live desk updates', () => {
  it('refuses a socket without a session', async () => {
    await expect(connectDesk(t.url, null)).rejects.toThrow(/unauthenticated/);
    await expect(connectDesk(t.url, 'omnidesk_session=forged.value')).rejects.toThrow(/unauthenticated/);
  });

  it('pushes a note added by one agent to every desk showing that customer', async () => {
    const mine = await signedInDesk(agent);
    const theirs = await signedInDesk(colleague);
    for (const desk of [mine, theirs]) {
      const ack = await desk.socket.emitWithAck('customer.watch', { customerId: customer.id });
      expect(ack).toEqual({ ok: true, data: { customerId: customer.id } });
    }
    const arriving = Promise.all([
      nextEvent(mine.socket, 'timeline.appended'),
      nextEvent(theirs.socket, 'timeline.appended'),
    ]);
    const res = await mine.api.post(`/api/customers/${customer.id}/timeline`, { body: 'Le client rappellera demain.' });
    const [a, b] = (await arriving) as [TimelineEvent, TimelineEvent];
    expect(a).toEqual(res.body.event);
    expect(b).toMatchObject({ body: 'Le client rappellera demain.', actor: { name: 'Camille Laurent' } });
  });

  it('does not push to desks showing another customer, or after unwatch', async () => {
    const other = await buildCustomer(t.server.store.db, { givenName: 'Autre', familyName: 'Client' });
    const desk = await signedInDesk(colleague);
    await desk.socket.emitWithAck('customer.watch', { customerId: other.id });
    await desk.socket.emitWithAck('customer.watch', { customerId: customer.id });
    await desk.socket.emitWithAck('customer.unwatch', { customerId: customer.id });
    const received: unknown[] = [];
    desk.socket.on('timeline.appended', (e) => received.push(e));
    await desk.api.post(`/api/customers/${customer.id}/timeline`, { body: 'pas pour vous' });
    const mark = nextEvent(desk.socket, 'timeline.appended');
    await desk.api.post(`/api/customers/${other.id}/timeline`, { body: 'pour vous' });
    expect(await mark).toMatchObject({ body: 'pour vous' });
    expect(received).toHaveLength(1);
  });

  it('validates socket payloads with the shared schema and answers with the error shape', async () => {
    const { socket } = await signedInDesk(agent);
    const bad = await socket.emitWithAck('customer.watch', { customerId: 'nope' } as never);
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', reason: 'invalid_input', fields: [{ path: 'customerId' }] },
    });
    apiErrorOf(bad);
    const extra = await socket.emitWithAck('customer.watch', { customerId: customer.id, room: 'supervisors' } as never);
    expect(extra).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', fields: [{ path: 'room', message: 'unknown field' }] },
    });
    const unknown = await socket.emitWithAck('customer.watch', { customerId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(apiErrorOf(unknown).reason).toBe('customer_not_found');
  });

  it('pushes nothing when the write is refused (nothing committed, nothing told)', async () => {
    const desk = await signedInDesk(agent);
    await desk.socket.emitWithAck('customer.watch', { customerId: customer.id });
    const received: unknown[] = [];
    desk.socket.on('timeline.appended', (e) => received.push(e));
    const res = await desk.api.post(`/api/customers/${customer.id}/timeline`, {
      body: 'x',
      caseId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(400);
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toEqual([]);
  });

  it('tells the agent’s other desks about a presence change', async () => {
    const tab1 = await signedInDesk(agent);
    const tab2 = await signedInDesk(agent);
    const change = nextEvent(tab2.socket, 'agent.presenceChanged');
    await tab1.api.request('PUT', '/api/me/presence', { presence: 'away' });
    expect(await change).toMatchObject({ agentId: agent.id, presence: 'away' });
  });

  it('ends the sockets of a session that signs out', async () => {
    const desk = await signedInDesk(agent);
    const ended = nextEvent(desk.socket, 'session.ended');
    const disconnected = new Promise((resolve) => desk.socket.once('disconnect', resolve));
    await desk.api.post('/api/auth/logout');
    await ended;
    await disconnected;
  });
});
