import { eq } from 'drizzle-orm';
import type { CallView } from '@shared/schemas/call';
import type { CallMoveFailed, Offer } from '@shared/schemas/transfer';
import { agents, contacts, pbxCommands, queues } from '../../server/src/db/schema';
import { amiField } from '../../server/src/channels/cti/ami/ami-message';
import { buildAgent, type BuiltAgent } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { ALWAYS_OPEN } from '../factories/queues';
import { postCti } from '../support/cti';
import { nextEvent, signedInDesk, type DeskClientSocket, type SignedInDesk } from '../support/desk-socket';
import { answeredCall, FakeAsterisk, legRings, type Connection } from '../support/fake-asterisk';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Transfers of phone calls move the caller on the PBX: the real server, linked to a (fake)
 * Asterisk over AMI, sends the actions of its command outbox and records what Asterisk answers.
 */
let asterisk: FakeAsterisk;
let t: TestServer;
let link: Connection;
let queueId: string;
let calls = 0;
const sockets: DeskClientSocket[] = [];

async function desk(agent: BuiltAgent, presence: 'available' | 'away' = 'available'): Promise<SignedInDesk> {
  const signedIn = await signedInDesk(t.url, agent, presence);
  sockets.push(signedIn.socket);
  return signedIn;
}

/** An L1 agent at `extension` and a specialist at `extension + 1`, nobody else free. */
async function pair(extension: number, specialistPresence: 'available' | 'away' = 'available') {
  const db = t.server.store.db;
  await db.update(agents).set({ presence: 'away' });
  const camille = await desk(
    await buildAgent(db, { displayName: 'Camille Laurent', skills: ['general'], extension: String(extension) }),
  );
  const nathalie = await desk(
    await buildAgent(db, {
      displayName: 'Nathalie Dubois',
      role: 'specialist',
      skills: ['technical'],
      extension: String(extension + 1),
    }),
    specialistPresence,
  );
  return { camille, nathalie };
}

/** A call from a known customer, announced over AMI and answered at the agent's phone. */
async function callAnsweredBy(agentDesk: SignedInDesk, extension: string) {
  calls += 1;
  await buildCustomer(t.server.store.db, { phones: [`06 12 34 56 ${String(10 + calls)}`] });
  const call = answeredCall(calls, `+336123456${10 + calls}`, extension);
  const answered = new Promise<CallView>((resolve) => {
    const onUpdate = (view: CallView) => {
      if (view.state !== 'active') return;
      agentDesk.socket.off('call.updated', onUpdate);
      resolve(view);
    };
    agentDesk.socket.on('call.updated', onUpdate);
  });
  link.socket.write(call.text);
  const view = await answered;
  return { ...call, contactId: view.id };
}

const packet = {
  reason: 'Panne technique au-delà du niveau 1',
  summary: 'Box redémarrée deux fois, voyant rouge fixe.',
  tried: 'Redémarrage, test de ligne OK.',
  identity: 'verified' as const,
};

/**
 * What the server records after Asterisk answered (or reported) has no push of its own: read the
 * database until it shows it, for at most 5 s.
 */
async function eventually<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 250; i += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never: ${what}`);
}

const commandState = (contactId: string, kind: string, state: string) =>
  eventually(`the ${kind} command is ${state}`, async () =>
    (await t.server.store.db.select().from(pbxCommands).where(eq(pbxCommands.contactId, contactId))).find(
      (r) => r.kind === kind && r.state === state,
    ),
  );

beforeAll(async () => {
  asterisk = new FakeAsterisk(['ok', 'ok']);
  const port = await asterisk.listen();
  t = await startTestServer({
    env: {
      AMI_HOST: '127.0.0.1',
      AMI_PORT: String(port),
      AMI_USER: 'desk',
      AMI_SECRET: 'secret',
      AMI_PBX_NAME: 'Lab Asterisk',
      AMI_TRANSFER_CONTEXT: 'omnidesk-agents',
    },
  });
  link = await asterisk.connection(0);
  await link.login;
  const [queue] = await t.server.store.db
    .insert(queues)
    .values({
      name: 'Support technique N2',
      channels: ['voice', 'chat'],
      requiredSkills: ['technical'],
      businessHours: ALWAYS_OPEN,
    })
    .returning();
  queueId = queue!.id;
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});
afterAll(async () => {
  await t?.dispose();
  await asterisk?.close();
});

describe('transfers of AMI calls move the caller on the PBX', () => {
  it('cold to a queue with nobody free: a later routing pass offers the call; on accept the caller is redirected to the specialist', async () => {
    const { camille, nathalie } = await pair(2001, 'away');
    const call = await callAnsweredBy(camille, '2001');

    const sent = await camille.api.post(`/api/contacts/${call.contactId}/transfers`, {
      to: { kind: 'queue', id: queueId },
      mode: 'cold',
      ...packet,
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ offeredTo: null, callMove: { by: 'pbx', toExtension: null } });
    // Nothing asked of the PBX yet: nobody has the call.
    expect(await t.server.store.db.select().from(pbxCommands).where(eq(pbxCommands.contactId, call.contactId))).toEqual(
      [],
    );

    await nathalie.api.request('PUT', '/api/me/presence', { presence: 'available' });
    const offered = nextEvent(nathalie.socket, 'offer.created');
    expect(await t.server.services.routing.routeWaiting()).toBe(1);
    const offer = (await offered) as Offer;
    expect(offer).toMatchObject({
      contact: { id: call.contactId, channel: 'voice' },
      packet: { mode: 'cold', reason: packet.reason },
    });

    const redirect = link.nextAction('Redirect');
    const accepted = await nathalie.api.post(`/api/offers/${offer.id}/accept`);
    expect(accepted.body).toMatchObject({ contactId: call.contactId, callMove: { by: 'pbx', toExtension: '2002' } });
    const action = await redirect;
    expect([
      amiField(action, 'Channel'),
      amiField(action, 'Exten'),
      amiField(action, 'Context'),
      amiField(action, 'Priority'),
    ]).toEqual([call.callerChannel, '2002', 'omnidesk-agents', '1']);
    await commandState(call.contactId, 'redirect', 'sent');

    // Asterisk reports the redirected caller ringing the specialist's phone: done.
    link.socket.write(legRings(call.callId, '2002', calls));
    const done = await commandState(call.contactId, 'redirect', 'done');
    expect(done).toMatchObject({ attempts: 1, targetExtension: '2002', lastError: null });
  });

  it("warm: offering starts a consultation (Atxfer on the sender's phone); accepting completes it by hanging up the sender's leg", async () => {
    const { camille, nathalie } = await pair(2101);
    const call = await callAnsweredBy(camille, '2101');

    const atxfer = link.nextAction('Atxfer');
    const offered = nextEvent(nathalie.socket, 'offer.created');
    const sent = await camille.api.post(`/api/contacts/${call.contactId}/transfers`, {
      to: { kind: 'agent', id: nathalie.agent.id },
      mode: 'warm',
      ...packet,
    });
    expect(sent.body).toMatchObject({ offeredTo: nathalie.agent.id, callMove: { by: 'pbx', toExtension: '2102' } });
    const consult = await atxfer;
    expect([amiField(consult, 'Channel'), amiField(consult, 'Exten'), amiField(consult, 'Context')]).toEqual([
      call.agentChannel,
      '2102',
      'omnidesk-agents',
    ]);
    // The specialist's phone rings for the consultation while they read the packet.
    link.socket.write(legRings(call.callId, '2102', calls));
    await commandState(call.contactId, 'attended', 'done');
    const offer = (await offered) as Offer;
    // Still Camille's, with the caller on hold, until Nathalie accepts.
    expect((await t.server.store.db.select().from(contacts).where(eq(contacts.id, call.contactId)))[0]).toMatchObject({
      state: 'active',
      agentId: camille.agent.id,
    });

    const hangup = link.nextAction('Hangup');
    const decided = nextEvent(camille.socket, 'transfer.decided');
    expect((await nathalie.api.post(`/api/offers/${offer.id}/accept`)).body.callMove).toEqual({
      by: 'pbx',
      toExtension: '2102',
    });
    expect(await decided).toMatchObject({ state: 'accepted', callMove: { by: 'pbx', toExtension: '2102' } });
    expect(amiField(await hangup, 'Channel')).toBe(call.agentChannel);
    await commandState(call.contactId, 'attended_complete', 'sent');
  });

  it('warm, declined: the consulted phone is hung up and the sender keeps the caller', async () => {
    const { camille, nathalie } = await pair(2601);
    const call = await callAnsweredBy(camille, '2601');
    const atxfer = link.nextAction('Atxfer');
    const offered = nextEvent(nathalie.socket, 'offer.created');
    await camille.api.post(`/api/contacts/${call.contactId}/transfers`, {
      to: { kind: 'agent', id: nathalie.agent.id },
      mode: 'warm',
      ...packet,
    });
    await atxfer;
    link.socket.write(legRings(call.callId, '2602', calls));
    await commandState(call.contactId, 'attended', 'done');
    const hangup = link.nextAction('Hangup');
    const decided = nextEvent(camille.socket, 'transfer.decided');
    await nathalie.api.post(`/api/offers/${((await offered) as Offer).id}/decline`, { reason: 'Pas mon périmètre' });
    expect(await decided).toMatchObject({ state: 'declined', callMove: { by: 'pbx', toExtension: '2602' } });
    expect(amiField(await hangup, 'Channel')).toBe(`PJSIP/2602-000${calls}c`);
    expect((await t.server.store.db.select().from(contacts).where(eq(contacts.id, call.contactId)))[0]).toMatchObject({
      state: 'active',
      agentId: camille.agent.id,
    });
  });

  it('an Error from Asterisk fails the command with its message, and both desks are told', async () => {
    const { camille, nathalie } = await pair(2201);
    const call = await callAnsweredBy(camille, '2201');
    asterisk.refuse('Redirect', 'Channel specified does not exist');
    try {
      const offered = nextEvent(nathalie.socket, 'offer.created');
      await camille.api.post(`/api/contacts/${call.contactId}/transfers`, {
        to: { kind: 'agent', id: nathalie.agent.id },
        mode: 'cold',
        ...packet,
      });
      const offer = (await offered) as Offer;
      const toSender = nextEvent(camille.socket, 'call.moveFailed', 10_000);
      const toReceiver = nextEvent(nathalie.socket, 'call.moveFailed', 10_000);
      await nathalie.api.post(`/api/offers/${offer.id}/accept`);
      const failed = (await toReceiver) as CallMoveFailed;
      expect(failed).toMatchObject({
        contactId: call.contactId,
        kind: 'redirect',
        reason: 'Asterisk refused Redirect: Channel specified does not exist',
      });
      expect(await toSender).toEqual(failed);
      const [row] = await t.server.store.db.select().from(pbxCommands).where(eq(pbxCommands.id, failed.commandId));
      expect(row).toMatchObject({ state: 'failed', attempts: 1, lastError: failed.reason });
    } finally {
      asterisk.answerSuccess('Redirect');
    }
  });

  it('a command written while the AMI link is down waits, and is sent once the adapter has reconnected', async () => {
    const { camille, nathalie } = await pair(2301);
    const call = await callAnsweredBy(camille, '2301');
    link.socket.destroy();
    // Wait for the server to notice the link is gone.
    while (t.server.ami?.status() === 'connected') await new Promise((resolve) => setImmediate(resolve));

    const offered = nextEvent(nathalie.socket, 'offer.created');
    await camille.api.post(`/api/contacts/${call.contactId}/transfers`, {
      to: { kind: 'agent', id: nathalie.agent.id },
      mode: 'cold',
      ...packet,
    });
    await nathalie.api.post(`/api/offers/${((await offered) as Offer).id}/accept`);
    const [waiting] = await t.server.store.db
      .select()
      .from(pbxCommands)
      .where(eq(pbxCommands.contactId, call.contactId));
    expect(waiting).toMatchObject({ kind: 'redirect', state: 'pending', attempts: 0 });

    link = await asterisk.connection(1);
    await link.login;
    const action = await link.nextAction('Redirect');
    expect([amiField(action, 'Channel'), amiField(action, 'Exten')]).toEqual([call.callerChannel, '2302']);
    await commandState(call.contactId, 'redirect', 'sent');
  });

  it('a call that has ended is not moved: the command fails saying so', async () => {
    const { camille, nathalie } = await pair(2401);
    const call = await callAnsweredBy(camille, '2401');
    const offered = nextEvent(nathalie.socket, 'offer.created');
    await camille.api.post(`/api/contacts/${call.contactId}/transfers`, {
      to: { kind: 'agent', id: nathalie.agent.id },
      mode: 'cold',
      ...packet,
    });
    const offer = (await offered) as Offer;
    // The caller hangs up before the specialist accepts.
    link.socket.write(
      [call.agentChannel, call.callerChannel]
        .map(
          (channel, i) =>
            `Event: Hangup\r\nChannel: ${channel}\r\nUniqueid: ${i === 0 ? call.callId.replace(/\.1$/, '.2') : call.callId}\r\nLinkedid: ${call.callId}\r\nCause: 16\r\n\r\n`,
        )
        .join(''),
    );
    await eventually('the hang-up is stored', async () =>
      (await t.server.store.db.select().from(contacts).where(eq(contacts.id, call.contactId))).find(
        (c) => c.endedAt !== null,
      ),
    );
    const failedPush = nextEvent(nathalie.socket, 'call.moveFailed', 10_000);
    await nathalie.api.post(`/api/offers/${offer.id}/accept`);
    expect(((await failedPush) as CallMoveFailed).reason).toMatch(/the call has ended/);
    // The lifecycle does not reopen it: the call stays over, with nobody on it.
    const [after] = await t.server.store.db.select().from(contacts).where(eq(contacts.id, call.contactId));
    expect(after).toMatchObject({ state: 'closed', agentId: null });
  });
});

describe('transfers of webhook calls', () => {
  it('say honestly that the PBX cannot be asked: an agent must move the call, and no command is written', async () => {
    const { camille, nathalie } = await pair(2501);
    const { token } = await t.server.services.pbx.create('Webhook PBX', null);
    await postCti(t.url, token, {
      event: 'newCall',
      callId: 'wh-1',
      from: '+33612345699',
      to: '0170000000',
      direction: 'in',
      user: ['2501'],
    });
    const active = new Promise<CallView>((resolve) =>
      camille.socket.on('call.updated', (view) => view.state === 'active' && resolve(view)),
    );
    await postCti(t.url, token, { event: 'answer', callId: 'wh-1', user: '2501' });
    const { id: contactId } = await active;
    const offered = nextEvent(nathalie.socket, 'offer.created');
    const sent = await camille.api.post(`/api/contacts/${contactId}/transfers`, {
      to: { kind: 'agent', id: nathalie.agent.id },
      mode: 'cold',
      ...packet,
    });
    expect(sent.body.callMove).toEqual({ by: 'agent', toExtension: '2502' });
    const accepted = await nathalie.api.post(`/api/offers/${((await offered) as Offer).id}/accept`);
    expect(accepted.body.callMove).toEqual({ by: 'agent', toExtension: '2502' });
    expect(await t.server.store.db.select().from(pbxCommands).where(eq(pbxCommands.contactId, contactId))).toEqual([]);
  });
});
