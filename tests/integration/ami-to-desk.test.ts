import { sql } from 'drizzle-orm';
import type { CallPop } from '@shared/schemas/call';
import { contacts } from '../../server/src/db/schema';
import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { connectDesk, nextEvent } from '../support/desk-socket';
import { FakeAsterisk, modernCall, writeInChunks } from '../support/fake-asterisk';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The whole path from Asterisk to the desk: the server, configured by AMI_* variables, connects to
 * a (fake) Asterisk that plays a recorded call; the call pops on the agent's desk, lands on the
 * customer's timeline and goes to wrap-up, like one that came by webhook.
 */
describe('Asterisk AMI through the real server', () => {
  let asterisk: FakeAsterisk;
  let t: TestServer;

  afterAll(async () => {
    await t?.dispose();
    await asterisk?.close();
  });

  it('pops, records and ends a call announced over AMI', async () => {
    asterisk = new FakeAsterisk(['ok']);
    const port = await asterisk.listen();
    t = await startTestServer({
      env: {
        AMI_HOST: '127.0.0.1',
        AMI_PORT: String(port),
        AMI_USER: 'desk',
        AMI_SECRET: 'secret',
        AMI_PBX_NAME: 'Lab Asterisk',
      },
    });
    const db = t.server.store.db;
    const agent = await buildAgent(db, { displayName: 'Camille Laurent', extension: '1001' });
    // The recorded caller, stored in national form.
    const marie = await buildCustomer(db, { givenName: 'Marie', familyName: 'Dupont', phones: ['06 12 34 56 78'] });
    const api = new ApiClient(t.url);
    await api.login(agent.email, TEST_PASSWORD);
    const desk = await connectDesk(t.url, api.cookie);
    try {
      const connection = await asterisk.connection(0);
      await connection.login;
      const popped = nextEvent(desk, 'call.ringing', 10_000);
      const ended = new Promise<void>((resolve) =>
        desk.on('call.updated', (call) => call.state === 'wrap_up' && resolve()),
      );
      await writeInChunks(connection.socket, modernCall);
      const pop = (await popped) as CallPop;
      expect(pop.customer?.id).toBe(marie.id);
      expect(pop.call.party).toMatchObject({ e164: '+33612345678', status: 'known' });
      await ended;
      const [row] = await db.select().from(contacts).where(sql`${contacts.externalId} = '1700000100.16'`);
      expect(row).toMatchObject({ channel: 'voice', state: 'wrap_up', agentId: agent.id });
      const timeline = (await api.get(`/api/customers/${marie.id}/timeline`)).body.items as Array<{
        type: string;
        actor: { name: string | null };
      }>;
      expect(timeline.map((e) => e.type)).toEqual(['call.ended', 'call.answered', 'call.received']);
      expect(timeline[0]!.actor.name).toBe('Camille Laurent');
    } finally {
      desk.close();
    }
  });
});
