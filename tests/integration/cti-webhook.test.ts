import { sql } from 'drizzle-orm';
import type { CallPop, CallView } from '@shared/schemas/call';
import type { TimelineEvent } from '@shared/schemas/timeline';
import { blockedNumbers, contacts } from '../../server/src/db/schema';
import { createPbxService } from '../../server/src/services/pbx.service';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { postCti } from '../support/cti';
import { connectDesk, nextEvent, type DeskClientSocket } from '../support/desk-socket';
import { ApiClient, fetchApi } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let token: string;
let camille: BuiltAgent;
let pieter: BuiltAgent;
let emilie: { id: string };
let camilleApi: ApiClient;
let camilleDesk: DeskClientSocket;
let seq = 0;
const callId = () => `call-${Date.now()}-${++seq}`;
const iso = (offsetSeconds: number) => new Date(Date.now() + offsetSeconds * 1000).toISOString();

const countRows = async (table: 'contacts' | 'call_events') =>
  Number(
    (
      (await t.server.store.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: Array<{ n: number }>;
      }
    ).rows[0]!.n,
  );

beforeAll(async () => {
  t = await startTestServer();
  const db = t.server.store.db;
  ({ token } = await createPbxService({ db }).create('Test PBX', null));
  camille = await buildAgent(db, { displayName: 'Camille Laurent', extension: '1001' });
  pieter = await buildAgent(db, { displayName: 'Pieter Janssens', extension: '1002' });
  emilie = await buildCustomer(db, { givenName: 'Émilie', familyName: 'Dupin', phones: ['01 42 68 53 00'] });
  // Two customers of one household share a line: the agent will have to pick.
  await buildCustomer(db, { givenName: 'Marc', familyName: 'Martin', phones: ['04 78 12 34 56'] });
  await buildCustomer(db, { givenName: 'Julie', familyName: 'Martin', phones: ['+33 4 78 12 34 56'] });
  camilleApi = new ApiClient(t.url);
  await camilleApi.login(camille.email, TEST_PASSWORD);
  camilleDesk = await connectDesk(t.url, camilleApi.cookie);
});
afterAll(async () => {
  camilleDesk?.close();
  await t.dispose();
});

describe('CTI webhook: authentication and bad input', () => {
  it('refuses a wrong token with 401 and stores nothing', async () => {
    const before = await countRows('call_events');
    const res = await postCti(t.url, 'not-a-token', {
      event: 'newCall',
      callId: callId(),
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
    });
    expect(res.status).toBe(401);
    expect(apiErrorOf(res.body)).toMatchObject({ code: 'unauthenticated', reason: 'cti_token_invalid' });
    expect(await countRows('call_events')).toBe(before);
  });

  it('refuses a malformed body with 400 naming the field, and an unknown event', async () => {
    const missing = await postCti(t.url, token, {
      event: 'newCall',
      callId: callId(),
      to: '0170000000',
      direction: 'in',
    });
    expect(missing.status).toBe(400);
    expect(apiErrorOf(missing.body).reason).toBe('invalid_input');
    expect(missing.body.error.fields).toEqual([{ path: 'from', message: 'required for newCall' }]);
    const unknown = await postCti(t.url, token, { event: 'ring', callId: callId() });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('event');
    const badCause = await postCti(t.url, token, { event: 'hangup', callId: callId(), cause: 'exploded' });
    expect(badCause.body.error.fields[0].path).toBe('cause');
    const json = await fetchApi(`${t.url}/api/cti/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"event":',
    });
    expect(json.status).toBe(400);
    expect(apiErrorOf(json.body).reason).toBe('malformed_json');
  });

  it('checks the HMAC signature of a PBX that has a signing secret', async () => {
    const signed = await createPbxService({ db: t.server.store.db }).create(
      'Signed PBX',
      'a-long-shared-signing-secret',
    );
    const fields = { event: 'hangup', callId: callId(), cause: 'normalClearing' };
    const unsigned = await postCti(t.url, signed.token, fields);
    expect(unsigned.status).toBe(401);
    expect(apiErrorOf(unsigned.body).reason).toBe('cti_signature_invalid');
    expect((await postCti(t.url, signed.token, fields, { signingSecret: 'the-wrong-signing-secret!!' })).status).toBe(
      401,
    );
    expect((await postCti(t.url, signed.token, fields, { signingSecret: 'a-long-shared-signing-secret' })).status).toBe(
      200,
    );
  });
});

describe('a known caller', () => {
  it('pops the customer on the ringing agent’s desk before answer, then records the whole call', async () => {
    const id = callId();
    const popped = nextEvent(camilleDesk, 'call.ringing');
    // Stored as "01 42 68 53 00"; the PBX sends it in international form.
    const ring = await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '+33142685300',
      to: '+33170000000',
      direction: 'in',
      user: ['1001'],
      queue: 'Accueil',
      timestamp: iso(-60),
    });
    expect(ring).toEqual({ status: 200, body: {} });
    const pop = (await popped) as CallPop;
    expect(pop.call).toMatchObject({
      pbxCallId: id,
      state: 'ringing',
      party: { e164: '+33142685300', status: 'known' },
      customerId: emilie.id,
      queueName: 'Accueil',
    });
    expect(pop.customer?.displayName).toBe('Émilie Dupin');

    // A desk showing the customer sees the call live on the timeline.
    await camilleDesk.emitWithAck('customer.watch', { customerId: emilie.id });
    const answered = nextEvent(camilleDesk, 'timeline.appended');
    await postCti(t.url, token, {
      event: 'answer',
      callId: id,
      user: '1001',
      answeringNumber: '1001',
      timestamp: iso(-50),
    });
    expect(await answered).toMatchObject({ type: 'call.answered', actor: { name: 'Camille Laurent' } });
    expect((await camilleApi.get('/api/me')).body.agent.presence).toBe('busy');

    await postCti(t.url, token, { event: 'hold', callId: id, timestamp: iso(-40) });
    await postCti(t.url, token, { event: 'unhold', callId: id, timestamp: iso(-30) });
    const ended = nextEvent(camilleDesk, 'call.updated');
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'normalClearing', timestamp: iso(-10) });
    const call = (await ended) as CallView;
    expect(call).toMatchObject({
      state: 'wrap_up',
      holdSeconds: 10,
      talkSeconds: 30,
      cause: 'normalClearing',
      agent: { name: 'Camille Laurent' },
    });
    expect((await camilleApi.get('/api/me')).body.agent.presence).toBe('wrap_up');

    const timeline = (await camilleApi.get(`/api/customers/${emilie.id}/timeline`)).body.items as TimelineEvent[];
    expect(timeline.map((e) => e.type).slice(0, 5)).toEqual([
      'call.ended',
      'call.resumed',
      'call.held',
      'call.answered',
      'call.received',
    ]);
    expect(timeline[0]).toMatchObject({
      channel: 'voice',
      actor: { name: 'Camille Laurent' },
      payload: { durationSeconds: 30, holdSeconds: 10 },
    });

    // Wrap-up: a disposition from the list and a note; handle time = talk + hold + wrap-up.
    const bad = await camilleApi.post(`/api/calls/${call.id}/wrap-up`, { disposition: 'not-a-code' });
    expect(bad.status).toBe(400);
    const dispositions = (await camilleApi.get('/api/dispositions')).body.items;
    expect(dispositions.map((d: { code: string }) => d.code)).toContain('resolved');
    const done = await camilleApi.post(`/api/calls/${call.id}/wrap-up`, {
      disposition: 'resolved',
      note: 'Adresse de facturation corrigée.',
    });
    expect(done.status).toBe(200);
    expect(done.body.call).toMatchObject({ state: 'ended', disposition: 'resolved' });
    expect((await camilleApi.get('/api/me')).body.agent.presence).toBe('available');
    const [last] = (await camilleApi.get(`/api/customers/${emilie.id}/timeline?limit=1`)).body.items as TimelineEvent[];
    expect(last).toMatchObject({
      type: 'call.wrapped_up',
      body: 'Adresse de facturation corrigée.',
      payload: { disposition: 'resolved', talkSeconds: 30, holdSeconds: 10 },
    });
    expect(Number(last!.payload.handleSeconds)).toBeGreaterThanOrEqual(50);
    const recent = (await camilleApi.get(`/api/customers/${emilie.id}/contacts`)).body.items;
    expect(recent[0]).toMatchObject({ channel: 'voice', agentName: 'Camille Laurent', disposition: 'resolved' });
  });

  it('finds the agent by name too, as Zammad’s generic CTI sends it', async () => {
    const popped = nextEvent(camilleDesk, 'call.ringing');
    const id = callId();
    await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
      user: ['camille laurent'],
    });
    expect(((await popped) as CallPop).call.pbxCallId).toBe(id);
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'cancel' });
  });

  it('restores live calls on reload: GET /api/calls/mine', async () => {
    const id = callId();
    await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '01.42.68.53.00',
      to: '0170000000',
      direction: 'in',
      user: ['1001'],
    });
    const mine = (await camilleApi.get('/api/calls/mine')).body.items as CallPop[];
    expect(mine.map((p) => p.call.pbxCallId)).toContain(id);
    const pop = mine.find((p) => p.call.pbxCallId === id)!;
    expect(pop.recentContacts.map((c) => c.agentName)).toContain('Camille Laurent');
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'cancel' });
  });
});

describe('callers that are not one known customer', () => {
  it('lets the agent pick when several customers share the number', async () => {
    const popped = nextEvent(camilleDesk, 'call.ringing');
    await postCti(t.url, token, {
      event: 'newCall',
      callId: callId(),
      from: '0478123456',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    const pop = (await popped) as CallPop;
    expect(pop.call.party.status).toBe('ambiguous');
    expect(pop.candidates.map((c) => c.displayName).sort()).toEqual(['Julie Martin', 'Marc Martin']);
    const chosen = pop.candidates[0]!;
    const linked = await camilleApi.post(`/api/calls/${pop.call.id}/link`, { customerId: chosen.id });
    expect(linked.body.call).toMatchObject({ customerId: chosen.id, party: { status: 'known' } });
    const timeline = (await camilleApi.get(`/api/customers/${chosen.id}/timeline`)).body.items as TimelineEvent[];
    expect(timeline[0]).toMatchObject({ type: 'call.received', payload: { linkedBy: 'Camille Laurent' } });
  });

  it('shows an unknown caller, who can become a new customer', async () => {
    const popped = nextEvent(camilleDesk, 'call.ringing');
    await postCti(t.url, token, {
      event: 'newCall',
      callId: callId(),
      from: '06 11 22 33 44',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    const pop = (await popped) as CallPop;
    expect(pop).toMatchObject({
      customer: null,
      candidates: [],
      call: { party: { status: 'unknown', e164: '+33611223344' } },
    });
    const created = await camilleApi.post('/api/customers', {
      givenName: 'Nadia',
      familyName: 'Benali',
      phone: pop.call.party.raw,
    });
    expect(created.status).toBe(201);
    expect(created.body.customer.identities[0]).toMatchObject({ kind: 'phone', value: '+33611223344' });
    await camilleApi.post(`/api/calls/${pop.call.id}/link`, { customerId: created.body.customer.id });
    const search = await camilleApi.get('/api/customers?q=0611223344');
    expect(search.body.items.map((c: { displayName: string }) => c.displayName)).toEqual(['Nadia Benali']);
  });

  it('keeps a number that is not a phone number as typed, flagged, and handles a withheld one', async () => {
    const invalid = nextEvent(camilleDesk, 'call.ringing');
    await postCti(t.url, token, {
      event: 'newCall',
      callId: callId(),
      from: '3949',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    expect(((await invalid) as CallPop).call.party).toEqual({ raw: '3949', e164: null, status: 'invalid' });
    const withheld = nextEvent(camilleDesk, 'call.ringing');
    await postCti(t.url, token, {
      event: 'newCall',
      callId: callId(),
      from: 'anonymous',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    expect(((await withheld) as CallPop).call.party.status).toBe('withheld');
  });

  it('rejects a blocked number with {"action":"reject","reason":"busy"}', async () => {
    await t.server.store.db.insert(blockedNumbers).values({ value: '+33699887766', reason: 'abusive caller' });
    const res = await postCti(t.url, token, {
      event: 'newCall',
      callId: callId(),
      from: '06 99 88 77 66',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    expect(res).toEqual({ status: 200, body: { action: 'reject', reason: 'busy' } });
  });
});

describe('robust ingestion', () => {
  it('ignores duplicates: the same event twice changes nothing', async () => {
    const id = callId();
    const fields = {
      event: 'newCall',
      callId: id,
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
      user: '1002',
    };
    await postCti(t.url, token, fields);
    const contactsBefore = await countRows('contacts');
    const eventsBefore = await countRows('call_events');
    expect((await postCti(t.url, token, fields)).status).toBe(200);
    expect((await postCti(t.url, token, fields, { json: true })).status).toBe(200);
    expect(await countRows('contacts')).toBe(contactsBefore);
    expect(await countRows('call_events')).toBe(eventsBefore);
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'cancel' });
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'cancel' });
    const missed = (await camilleApi.get('/api/calls/missed')).body.items as CallView[];
    expect(missed.filter((c) => c.pbxCallId === id)).toHaveLength(1);
  });

  it('records a hangup for a call never announced, without crashing or losing it', async () => {
    const id = callId();
    const res = await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'normalClearing' });
    expect(res.status).toBe(200);
    const [row] = await t.server.store.db.select().from(contacts).where(sql`${contacts.externalId} = ${id}`);
    expect(row).toMatchObject({ channel: 'voice', state: 'missed' });
    // The newCall arrives late: the caller is filled in.
    await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
    });
    const [after] = await t.server.store.db.select().from(contacts).where(sql`${contacts.externalId} = ${id}`);
    expect(after!.customerId).toBe(emilie.id);
  });

  it('records an answer that arrives after the hangup: the call was answered, not missed', async () => {
    const id = callId();
    await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
      user: '1002',
      timestamp: iso(-100),
    });
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'normalClearing', timestamp: iso(-20) });
    await postCti(t.url, token, { event: 'answer', callId: id, user: '1002', timestamp: iso(-80) });
    const [row] = await t.server.store.db.select().from(contacts).where(sql`${contacts.externalId} = ${id}`);
    expect(row).toMatchObject({ state: 'closed', agentId: pieter.id, talkSeconds: 60 });
  });

  it('keeps a missed call visible until someone deals with it', async () => {
    const id = callId();
    await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'noAnswer' });
    const missed = ((await camilleApi.get('/api/calls/missed')).body.items as CallView[]).find(
      (c) => c.pbxCallId === id,
    )!;
    expect(missed).toMatchObject({ state: 'missed', handledAt: null, customerId: emilie.id });
    const handled = await camilleApi.post(`/api/calls/${missed.id}/handle-missed`, {
      note: 'Rappelée, ne répond pas.',
    });
    expect(handled.body.call.handledAt).not.toBeNull();
    expect(((await camilleApi.get('/api/calls/missed')).body.items as CallView[]).some((c) => c.pbxCallId === id)).toBe(
      false,
    );
  });

  it('closes a wrap-up left open past the wrap-up time and frees the agent', async () => {
    const id = callId();
    await postCti(t.url, token, {
      event: 'newCall',
      callId: id,
      from: '0142685300',
      to: '0170000000',
      direction: 'in',
      user: '1002',
      timestamp: iso(-900),
    });
    await postCti(t.url, token, { event: 'answer', callId: id, user: '1002', timestamp: iso(-880) });
    await postCti(t.url, token, { event: 'hangup', callId: id, cause: 'normalClearing', timestamp: iso(-600) });
    expect(await t.server.services.callDesk.closeExpiredWrapUps(120)).toBeGreaterThanOrEqual(1);
    const [row] = await t.server.store.db.select().from(contacts).where(sql`${contacts.externalId} = ${id}`);
    expect(row).toMatchObject({ state: 'closed', disposition: null });
    expect(row!.wrapUpSeconds).toBeGreaterThanOrEqual(600);
    const pieterApi = new ApiClient(t.url);
    await pieterApi.login(pieter.email, TEST_PASSWORD);
    expect((await pieterApi.get('/api/me')).body.agent.presence).toBe('available');
  });

  it('a blind transfer rings the target agent with the pop and frees the first one', async () => {
    const pieterApi = new ApiClient(t.url);
    await pieterApi.login(pieter.email, TEST_PASSWORD);
    const pieterDesk = await connectDesk(t.url, pieterApi.cookie);
    try {
      const id = callId();
      await postCti(t.url, token, {
        event: 'newCall',
        callId: id,
        from: '0142685300',
        to: '0170000000',
        direction: 'in',
        user: '1001',
      });
      await postCti(t.url, token, { event: 'answer', callId: id, user: '1001' });
      const popped = nextEvent(pieterDesk, 'call.ringing');
      await postCti(t.url, token, { event: 'transfer', callId: id, transferTo: '1002', transferType: 'blind' });
      const pop = (await popped) as CallPop;
      expect(pop.customer?.displayName).toBe('Émilie Dupin');
      expect((await camilleApi.get('/api/me')).body.agent.presence).toBe('available');
      await postCti(t.url, token, { event: 'answer', callId: id, user: '1002' });
      const timeline = (await camilleApi.get(`/api/customers/${emilie.id}/timeline?limit=2`)).body
        .items as TimelineEvent[];
      expect(timeline[0]).toMatchObject({ type: 'call.answered', actor: { name: 'Pieter Janssens' } });
      expect(timeline[1]).toMatchObject({
        type: 'call.transferred',
        payload: { to: 'Pieter Janssens', transferType: 'blind', fromName: 'Camille Laurent' },
      });
      await postCti(t.url, token, { event: 'hangup', callId: id });
    } finally {
      pieterDesk.close();
    }
  });
});
