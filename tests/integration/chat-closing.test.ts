import { eq } from 'drizzle-orm';
import type { Offer } from '@shared/schemas/transfer';
import type { TimelineEvent } from '@shared/schemas/timeline';
import { agents, contacts, emailOutbox } from '../../server/src/db/schema';
import { nextEvent } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  bearer,
  buildChatTopic,
  command,
  connectVisitor,
  nextVisitorEvent,
  openDesk,
  startedChat,
  type Desk,
  type VisitorClientSocket,
} from '../support/chat';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let topicId: string;
const open: Array<{ close(): unknown }> = [];
const db = () => t.server.store.db;

beforeAll(async () => {
  t = await startTestServer();
  ({ topicId } = await buildChatTopic(db(), { name: 'Chat fin' }));
});
afterEach(async () => {
  for (const o of open.splice(0)) o.close();
  await db().update(agents).set({ presence: 'offline' });
});
afterAll(() => t.dispose());

async function chatWith(displayName: string, form: { name: string; email?: string }) {
  const desk = await openDesk(t.url, db(), { displayName });
  const { token, conversation } = await startedChat(t.url, { topicId, ...form, firstMessage: 'Bonjour <b>agent</b>' });
  const visitor = await connectVisitor(t.url, token);
  open.push(desk.socket, visitor);
  const offered = nextEvent(desk.socket, 'offer.created');
  await t.server.services.routing.routeWaiting();
  const updated = nextEvent(desk.socket, 'chat.updated');
  await desk.api.post(`/api/offers/${((await offered) as Offer).id}/accept`);
  await updated;
  return { desk, visitor, token, conversation };
}

const timelineOf = async (api: ApiClient, customerId: string): Promise<TimelineEvent[]> =>
  (await api.get(`/api/customers/${customerId}/timeline`)).body.items;

describe('closing a chat', () => {
  it('the agent closes with a disposition: the visitor sees the end, the transcript is on the timeline with the agent name', async () => {
    const { desk, visitor, conversation } = await chatWith('Élodie Marchand', { name: 'Thomas Petit' });
    await command(visitor, 'chat.send', { clientMessageId: 'c-1', body: 'Merci pour votre aide' });
    await desk.api.post(`/api/chats/${conversation.id}/messages`, {
      clientMessageId: 'c-2',
      body: 'Avec plaisir, bonne journée',
    });

    const unknownDisposition = await desk.api.post(`/api/chats/${conversation.id}/close`, {
      disposition: 'no-such-code',
    });
    expect(unknownDisposition.status).toBe(400);
    expect(apiErrorOf(unknownDisposition.body).reason).toBe('disposition_unknown');
    const ended = nextVisitorEvent(visitor, 'chat.updated', (v) => v.state === 'ended');
    const removed = nextEvent(desk.socket, 'chat.removed');
    const res = await desk.api.post(`/api/chats/${conversation.id}/close`, {
      disposition: 'resolved',
      note: 'Box remplacée',
    });
    expect(res.status).toBe(200);
    expect(res.body.chat).toMatchObject({
      state: 'ended',
      contactState: 'closed',
      disposition: 'resolved',
      endedBy: 'agent',
    });
    expect(await ended).toMatchObject({ state: 'ended', endedBy: 'agent' });
    expect(await removed).toMatchObject({ conversationId: conversation.id });
    expect((await desk.api.get('/api/chats')).body.items).toEqual([]);

    const customerId = res.body.chat.customerId as string;
    const events = await timelineOf(desk.api, customerId);
    const transcript = events.find((e) => e.type === 'chat.ended')!;
    expect(transcript).toMatchObject({
      channel: 'chat',
      actor: { kind: 'agent', name: 'Élodie Marchand' },
      payload: expect.objectContaining({ agents: 'Élodie Marchand', disposition: 'resolved', note: 'Box remplacée' }),
    });
    expect(transcript.body).toContain('Thomas Petit: Bonjour <b>agent</b>');
    expect(transcript.body).toContain('Élodie Marchand: Avec plaisir, bonne journée');
    expect(events.map((e) => e.type)).toContain('chat.started');
    // Closed: nothing more can be written, by either side.
    const late = await command(visitor, 'chat.send', { clientMessageId: 'late', body: 'Encore là ?' });
    expect(late.ok).toBe(false);
    expect(apiErrorOf(late).reason).toBe('chat_ended');
    const lateReply = await desk.api.post(`/api/chats/${conversation.id}/messages`, {
      clientMessageId: 'late-a',
      body: 'x',
    });
    expect(lateReply.status).toBe(409);
    expect(apiErrorOf(lateReply.body).reason).toBe('chat_not_active');
    const [contact] = await db().select().from(contacts).where(eq(contacts.externalId, conversation.id));
    expect(contact).toMatchObject({ state: 'closed', disposition: 'resolved' });
  });

  it('the visitor leaves: the chat stays on the desk in wrap-up until the agent closes it; the transcript email is queued in the outbox', async () => {
    const { desk, visitor, token, conversation } = await chatWith('Bastien Roy', {
      name: 'Julie Faure',
      email: 'julie@example.org',
    });
    const early = await new ApiClient(t.url).request(
      'POST',
      '/api/widget/conversation/transcript',
      { email: 'julie@example.org' },
      bearer(token),
    );
    expect(early.status).toBe(409);
    expect(apiErrorOf(early.body).reason).toBe('chat_not_ended');

    const updatedOnDesk = nextEvent(desk.socket, 'chat.updated');
    const end = await command(visitor, 'chat.end', {});
    expect(end).toMatchObject({ ok: true, data: { state: 'ended', endedBy: 'visitor', email: 'julie@example.org' } });
    expect(await updatedOnDesk).toMatchObject({ state: 'ended', contactState: 'wrap_up', endedBy: 'visitor' });
    expect((await desk.api.get('/api/chats')).body.items).toEqual([
      expect.objectContaining({ id: conversation.id, contactState: 'wrap_up' }),
    ]);

    const transcript = await new ApiClient(t.url).request(
      'POST',
      '/api/widget/conversation/transcript',
      { email: 'Julie@Example.org' },
      bearer(token),
    );
    expect(transcript.status).toBe(202);
    expect(transcript.body).toEqual({ state: 'queued', to: 'julie@example.org' });
    const again = await new ApiClient(t.url).request(
      'POST',
      '/api/widget/conversation/transcript',
      { email: 'julie@example.org' },
      bearer(token),
    );
    expect(again.status).toBe(202);
    const outbox = await db().select().from(emailOutbox);
    expect(outbox).toEqual([
      expect.objectContaining({
        purpose: 'chat_transcript',
        toAddress: 'julie@example.org',
        state: 'queued',
        subject: expect.stringContaining('Votre conversation du'),
        sentAt: null,
      }),
    ]);
    expect(outbox[0]!.bodyText).toContain('Julie Faure: Bonjour <b>agent</b>');

    const res = await desk.api.post(`/api/chats/${conversation.id}/close`, { disposition: 'information' });
    expect(res.body.chat).toMatchObject({ contactState: 'closed', endedBy: 'visitor' });
  });

  it('a visitor who leaves while waiting abandons the contact: the open offer is withdrawn and the chat is on the timeline', async () => {
    const desk: Desk = await openDesk(t.url, db(), { displayName: 'Lina Perrin' });
    open.push(desk.socket);
    const { token, conversation } = await startedChat(t.url, { topicId, name: 'Pressé', firstMessage: 'Vite svp' });
    const visitor: VisitorClientSocket = await connectVisitor(t.url, token);
    open.push(visitor);
    const offered = nextEvent(desk.socket, 'offer.created');
    await t.server.services.routing.routeWaiting();
    const offer = (await offered) as Offer;
    const withdrawn = nextEvent(desk.socket, 'offer.closed');
    expect(await command(visitor, 'chat.end', {})).toMatchObject({ ok: true, data: { state: 'ended' } });
    expect(await withdrawn).toEqual({ offerId: offer.id, state: 'withdrawn' });
    expect((await desk.api.post(`/api/offers/${offer.id}/accept`)).status).toBe(409);
    const [contact] = await db().select().from(contacts).where(eq(contacts.externalId, conversation.id));
    expect(contact!.state).toBe('abandoned');
    const events = await timelineOf(desk.api, contact!.customerId!);
    expect(events[0]).toMatchObject({
      type: 'chat.ended',
      payload: expect.objectContaining({ endedBy: 'visitor', answered: false }),
    });
  });
});
