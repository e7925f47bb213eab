import { eq } from 'drizzle-orm';
import type { Offer } from '@shared/schemas/transfer';
import type { ChatSummary } from '@shared/schemas/chat';
import { agents, contacts, customerIdentities, customers } from '../../server/src/db/schema';
import { buildCustomer } from '../factories/customers';
import { nextEvent } from '../support/desk-socket';
import { startTestServer, type TestServer } from '../support/test-server';
import { buildChatTopic, openDesk, startedChat, type Desk } from '../support/chat';

let t: TestServer;
let topicId: string;
let desk: Desk;
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer();
  ({ topicId } = await buildChatTopic(db(), { name: 'Chat identité' }));
  desk = await openDesk(t.url, db(), { displayName: 'Claire Duval', chat: 6 });
});
afterAll(async () => {
  desk.socket.close();
  await t.dispose();
});

const customerOfChat = async (conversationId: string) =>
  (await db().select().from(contacts).where(eq(contacts.externalId, conversationId)))[0]!.customerId;

async function accepted(conversationId: string): Promise<ChatSummary> {
  const offered = nextEvent(desk.socket, 'offer.created');
  await t.server.services.routing.routeWaiting();
  const offer = (await offered) as Offer;
  expect(offer.contact.id).toBe(
    (await db().select().from(contacts).where(eq(contacts.externalId, conversationId)))[0]!.id,
  );
  await desk.api.post(`/api/offers/${offer.id}/accept`);
  return (await desk.api.get(`/api/chats/${conversationId}`)).body.chat;
}

describe('chat visitor identity', () => {
  it('a visitor giving a known email (any case, spaces) is linked to that customer: the agent sees who it is', async () => {
    const known = await buildCustomer(db(), {
      givenName: 'Émilie',
      familyName: 'Dupin',
      emails: ['Emilie.Dupin@Example.com'],
    });
    const before = (await db().select().from(customers)).length;
    const { conversation } = await startedChat(t.url, {
      topicId,
      name: 'Emilie',
      email: '  EMILIE.dupin@example.COM ',
    });
    expect(await customerOfChat(conversation.id)).toBe(known.id);
    expect((await db().select().from(customers)).length).toBe(before);
    const chat = await accepted(conversation.id);
    expect(chat).toMatchObject({ customerId: known.id, customerName: 'Émilie Dupin', visitorName: 'Emilie' });
    // Its history is the customer's: the chat is on their timeline.
    const timeline = await desk.api.get(`/api/customers/${known.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({
      type: 'chat.started',
      channel: 'chat',
      actor: { kind: 'customer', name: 'Emilie' },
    });
  });

  it('a visitor giving a known phone in another format is linked by its E.164 form', async () => {
    const known = await buildCustomer(db(), {
      givenName: 'Karim',
      familyName: 'Benali',
      phones: ['+33 6 12 34 56 78'],
    });
    const { conversation } = await startedChat(t.url, { topicId, name: 'Karim', phone: '06.12.34.56.78' });
    expect(await customerOfChat(conversation.id)).toBe(known.id);
    const reunion = await buildCustomer(db(), {
      givenName: 'Maëlle',
      familyName: 'Hoarau',
      phones: ['+262 692 12 34 56'],
    });
    const second = await startedChat(t.url, { topicId, name: 'Maëlle', phone: '0692 12 34 56' });
    expect(await customerOfChat(second.conversation.id)).toBe(reunion.id);
  });

  it('an unknown visitor becomes a new customer with what they stated (not verified); without any identity too', async () => {
    const { conversation } = await startedChat(t.url, {
      topicId,
      name: 'Nouveau Client',
      email: 'nouveau@example.org',
      phone: '+32 2 123 45 67',
    });
    const customerId = (await customerOfChat(conversation.id))!;
    const [row] = await db().select().from(customers).where(eq(customers.id, customerId));
    expect(row).toMatchObject({ displayName: 'Nouveau Client' });
    const identities = await db()
      .select()
      .from(customerIdentities)
      .where(eq(customerIdentities.customerId, customerId));
    expect(
      identities
        .map((i) => ({ kind: i.kind, value: i.value, verified: i.verified }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'email', value: 'nouveau@example.org', verified: false },
      { kind: 'phone', value: '+3221234567', verified: false },
    ]);
    const anonymous = await startedChat(t.url, { topicId, name: 'Sans Identité' });
    expect(await customerOfChat(anonymous.conversation.id)).not.toBe(customerId);
  });

  it('the agent links a chat to another customer: the card and the timeline follow', async () => {
    // Chats of the tests above are not this agent's business here.
    await db().update(contacts).set({ state: 'abandoned' }).where(eq(contacts.state, 'queued'));
    const { conversation } = await startedChat(t.url, {
      topicId,
      name: 'Jean',
      firstMessage: 'Je suis le mari de Mme Martin',
    });
    const chat = await accepted(conversation.id);
    const right = await buildCustomer(db(), { givenName: 'Jean', familyName: 'Martin' });
    const res = await desk.api.post(`/api/chats/${conversation.id}/link`, { customerId: right.id });
    expect(res.status).toBe(200);
    expect(res.body.chat).toMatchObject({ customerId: right.id, customerName: 'Jean Martin' });
    expect(chat.customerId).not.toBe(right.id);
    const timeline = await desk.api.get(`/api/customers/${right.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({
      type: 'chat.started',
      body: 'Je suis le mari de Mme Martin',
      payload: { linkedBy: 'Claire Duval' },
    });
    // Bad input changes nothing.
    expect((await desk.api.post(`/api/chats/${conversation.id}/link`, { customerId: 'nope' })).status).toBe(400);
    expect(
      (
        await desk.api.post(`/api/chats/${conversation.id}/link`, {
          customerId: '00000000-0000-4000-8000-000000000000',
        })
      ).status,
    ).toBe(404);
    expect(await customerOfChat(conversation.id)).toBe(right.id);
    await db().update(agents).set({ presence: 'offline' }).where(eq(agents.id, desk.agent.id));
  });
});
