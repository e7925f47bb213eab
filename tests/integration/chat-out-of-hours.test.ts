import { eq } from 'drizzle-orm';
import type { WidgetTopic } from '@shared/schemas/chat';
import { chatConversations, contacts } from '../../server/src/db/schema';
import { ApiClient, fetchApi } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { buildChatTopic, openDesk, startChat } from '../support/chat';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let closedTopic: { queueId: string; topicId: string };
let nobodyTopic: { queueId: string; topicId: string };
let openTopic: { queueId: string; topicId: string };
const db = () => t.server.store.db;
const api = () => new ApiClient(t.url);

beforeAll(async () => {
  t = await startTestServer();
  closedTopic = await buildChatTopic(db(), { name: 'Fermé', businessHours: {}, afterHoursAction: 'callback' });
  // Open, but only agents with a skill nobody has could answer.
  nobodyTopic = await buildChatTopic(db(), { name: 'Personne', requiredSkills: ['klingon'] });
  openTopic = await buildChatTopic(db(), { name: 'Ouvert' });
  const d = await openDesk(t.url, db());
  d.socket.close();
});
afterAll(() => t.dispose());

const topic = (items: WidgetTopic[], id: string) => items.find((i) => i.id === id)!;

describe('chat out of hours or with nobody to answer', () => {
  it('the widget config says closed or nobody available, with the alternatives; open topics say open', async () => {
    const res = await api().get('/api/widget/config');
    expect(res.status).toBe(200);
    expect(topic(res.body.topics, closedTopic.topicId).availability).toEqual({
      open: false,
      reason: 'closed',
      nextOpening: null,
      alternatives: ['callback', 'message'],
      waiting: 0,
    });
    expect(topic(res.body.topics, nobodyTopic.topicId).availability).toMatchObject({
      open: false,
      reason: 'no_agents',
      alternatives: ['message', 'callback'],
    });
    expect(topic(res.body.topics, openTopic.topicId).availability).toMatchObject({
      open: true,
      reason: null,
      alternatives: [],
    });
    expect(res.body.limits).toEqual({ messageMaxLength: 4000, nameMaxLength: 200 });
  });

  it('starting a chat then is answered with the alternatives, and creates nothing', async () => {
    const before = (await db().select().from(chatConversations)).length;
    for (const { topicId } of [closedTopic, nobodyTopic]) {
      const res = await startChat(t.url, { topicId, firstMessage: 'Il y a quelqu’un ?' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        kind: 'unavailable',
        availability: { open: false, alternatives: expect.arrayContaining(['message', 'callback']) },
      });
    }
    expect((await db().select().from(chatConversations)).length).toBe(before);
  });

  it('leaving a message creates a real contact in the queue, on the customer timeline', async () => {
    const res = await api().post('/api/widget/messages', {
      topicId: closedTopic.topicId,
      name: 'Nadia Haddad',
      email: 'nadia@example.org',
      body: 'Ma facture est fausse, rappelez-moi.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'message', contactId: expect.any(String) });
    const [contact] = await db().select().from(contacts).where(eq(contacts.id, res.body.contactId));
    expect(contact).toMatchObject({
      channel: 'email',
      state: 'queued',
      queueId: closedTopic.queueId,
      payload: expect.objectContaining({ body: 'Ma facture est fausse, rappelez-moi.' }),
    });
    const timeline = await t.server.services.timeline.page(contact!.customerId!, {});
    expect(timeline.items[0]).toMatchObject({
      type: 'chat.message_left',
      body: 'Ma facture est fausse, rappelez-moi.',
      actor: { kind: 'customer', name: 'Nadia Haddad' },
    });
    // Without a way to answer, it is refused.
    const noWay = await api().post('/api/widget/messages', {
      topicId: closedTopic.topicId,
      name: 'Anonyme',
      body: 'Bonjour',
    });
    expect(noWay.status).toBe(400);
    expect(noWay.body.error.fields).toEqual([
      { path: 'email', message: 'give an email or a phone number so we can answer' },
    ]);
  });

  it('a callback request creates a real callback contact with the number as E.164', async () => {
    const res = await api().post('/api/widget/callbacks', {
      topicId: closedTopic.topicId,
      name: 'Paul Hoarau',
      phone: '0692 12 34 56',
      note: 'Après 18 h',
    });
    expect(res.status).toBe(201);
    const [contact] = await db().select().from(contacts).where(eq(contacts.id, res.body.contactId));
    expect(contact).toMatchObject({
      channel: 'callback',
      state: 'queued',
      queueId: closedTopic.queueId,
      payload: expect.objectContaining({ phone: '+262692123456', note: 'Après 18 h' }),
    });
    const timeline = await t.server.services.timeline.page(contact!.customerId!, {});
    expect(timeline.items[0]).toMatchObject({
      type: 'callback.requested',
      channel: 'callback',
      payload: expect.objectContaining({ phone: '+262692123456' }),
    });
    const later = new Date(Date.now() + 3 * 3600_000);
    later.setMilliseconds(0);
    const booked = await api().post('/api/widget/callbacks', {
      topicId: closedTopic.topicId,
      name: 'Paul Hoarau',
      phone: '0692 12 34 56',
      preferredAt: later.toISOString(),
    });
    expect(booked.status).toBe(201);
    const [bookedContact] = await db().select().from(contacts).where(eq(contacts.id, booked.body.contactId));
    // Routing leaves it alone until the time the visitor asked for.
    expect(bookedContact!.notBefore).toEqual(later);
    const bad = await api().post('/api/widget/callbacks', { topicId: closedTopic.topicId, name: 'Paul', phone: '112' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('phone');
    const unknownTopic = await api().post('/api/widget/callbacks', {
      topicId: '00000000-0000-4000-8000-000000000000',
      name: 'Paul',
      phone: '0612345678',
    });
    expect(unknownTopic.body.error.fields).toEqual([{ path: 'topicId', message: 'choose one of the topics offered' }]);
    expect(apiErrorOf(unknownTopic.body).reason).toBe('topic_unknown');
  });

  it('the public widget API answers other sites (CORS, no credentials); the agent API does not', async () => {
    const preflight = await fetch(`${t.url}/api/widget/conversations`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const config = await fetchApi(`${t.url}/api/widget/config`, { headers: { origin: 'https://shop.example' } });
    expect(config.headers.get('access-control-allow-origin')).toBe('*');
    const agentSide = await fetchApi(`${t.url}/api/chats`, { headers: { origin: 'https://shop.example' } });
    expect(agentSide.headers.get('access-control-allow-origin')).toBeNull();
  });
});
