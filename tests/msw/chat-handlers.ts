import { randomUUID } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  agentSendRequestSchema,
  closeChatRequestSchema,
  type CannedReply,
  type ChatAvailability,
  type ChatMessage,
  type ChatSummary,
  type VisitorConversation,
  type WidgetTopic,
} from '@shared/schemas/chat';
import type { ErrorReason } from '@shared/errors';
import { apiError, type createDeskBackend } from './handlers';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

type DeskBackend = ReturnType<typeof createDeskBackend>;

let nextSeq = 1;

/** A chat message as the server sends it; `seq` grows across the test file like the server's. */
export function buildChatMessage(overrides: Partial<ChatMessage> = {}): ChatMessage {
  const seq = overrides.seq ?? nextSeq++;
  return {
    id: randomUUID(),
    seq,
    conversationId: randomUUID(),
    clientMessageId: randomUUID(),
    authorKind: 'visitor',
    authorName: 'Marie Dupont',
    body: 'Bonjour, ma box ne marche plus.',
    sentAt: new Date(Date.now() - 60_000 + seq * 1000).toISOString(),
    delivery: 'sent',
    ...overrides,
  };
}

export function buildChatSummary(overrides: Partial<ChatSummary> = {}): ChatSummary {
  return {
    id: randomUUID(),
    contactId: randomUUID(),
    state: 'active',
    contactState: 'active',
    agentId: null,
    agentName: 'Camille Laurent',
    customerId: null,
    customerName: null,
    candidateCustomerIds: [],
    visitorName: 'Marie Dupont',
    visitorEmail: 'marie.dupont@example.test',
    visitorPhone: null,
    topic: { id: randomUUID(), label: { fr: 'Assistance technique', en: 'Technical support' } },
    queueId: randomUUID(),
    caseId: null,
    unread: 0,
    lastMessage: null,
    startedAt: new Date(Date.now() - 120_000).toISOString(),
    endedAt: null,
    endedBy: null,
    disposition: null,
    updatedAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}

export const CANNED_REPLIES: CannedReply[] = [
  {
    id: randomUUID(),
    title: 'Greeting',
    body: 'Hello {visitorName}, I am {agentName}. How can I help?',
    locale: 'en',
    tags: ['hello'],
  },
  {
    id: randomUUID(),
    title: 'Restart the box',
    body: 'Could you unplug the box for 10 seconds, then plug it back in?',
    locale: 'en',
    tags: ['box'],
  },
];

export interface ChatOptions {
  /** Per chat id: its history, oldest first. */
  messages?: Record<string, ChatMessage[]>;
  cannedReplies?: CannedReply[];
  /** The next sends are refused with this reason (e.g. chat_messages_throttled). */
  refuseSendsWith?: ErrorReason;
}

/** Chats on top of a desk backend: detail, send, typing, receipts, close, link, canned replies. */
export function withChats(backend: DeskBackend, options: ChatOptions = {}) {
  const chats = {
    messages: new Map(Object.entries(options.messages ?? {})),
    cannedReplies: options.cannedReplies ?? CANNED_REPLIES,
    refuseSendsWith: options.refuseSendsWith ?? null,
  };
  const find = (id: string) => backend.state.chats.find((chat) => chat.id === id);
  const handlers: HttpHandler[] = [
    http.get(
      mswPath(api.chats.cannedReplies),
      backend.signedInOnly(({ search }) => {
        const q = (search.get('q') ?? '').toLowerCase();
        const locale = search.get('locale');
        const items = chats.cannedReplies.filter(
          (reply) =>
            (!locale || reply.locale === locale) && (!q || `${reply.title} ${reply.body}`.toLowerCase().includes(q)),
        );
        return HttpResponse.json({ items });
      }),
    ),
    http.get(
      mswPath(api.chats.get),
      backend.signedInOnly((_entry, { id }) => {
        const chat = find(id!);
        return chat
          ? HttpResponse.json({ chat, messages: chats.messages.get(chat.id) ?? [] })
          : apiError('chat_not_found');
      }),
    ),
    http.post(
      mswPath(api.chats.send),
      backend.signedInOnly(({ body }, { id }) => {
        const chat = find(id!);
        if (!chat) return apiError('chat_not_found');
        if (chats.refuseSendsWith) return apiError(chats.refuseSendsWith);
        const parsed = agentSendRequestSchema.safeParse(body);
        if (!parsed.success)
          return apiError(
            'invalid_input',
            parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          );
        const history = chats.messages.get(chat.id) ?? [];
        const known = history.find((message) => message.clientMessageId === parsed.data.clientMessageId);
        const message =
          known ??
          buildChatMessage({
            conversationId: chat.id,
            authorKind: 'agent',
            authorName: backend.state.agent.displayName,
            body: parsed.data.body,
            clientMessageId: parsed.data.clientMessageId,
          });
        if (!known) chats.messages.set(chat.id, [...history, message]);
        return HttpResponse.json({ message }, { status: 201 });
      }),
    ),
    http.post(
      mswPath(api.chats.typing),
      backend.signedInOnly(() => new HttpResponse(null, { status: 204 })),
    ),
    http.post(
      mswPath(api.chats.receipt),
      backend.signedInOnly(() => new HttpResponse(null, { status: 204 })),
    ),
    http.post(
      mswPath(api.chats.close),
      backend.signedInOnly(({ body }, { id }) => {
        const chat = find(id!);
        if (!chat) return apiError('chat_not_found');
        const parsed = closeChatRequestSchema.safeParse(body);
        if (!parsed.success || !backend.state.dispositions.some((item) => item.code === parsed.data.disposition)) {
          return apiError('disposition_unknown', [{ path: 'disposition', message: 'unknown disposition' }]);
        }
        const closed: ChatSummary = {
          ...chat,
          state: 'ended',
          contactState: 'closed',
          disposition: parsed.data.disposition,
          updatedAt: new Date().toISOString(),
        };
        backend.state.chats = backend.state.chats.filter((item) => item.id !== chat.id);
        return HttpResponse.json({ chat: closed });
      }),
    ),
    http.post(
      mswPath(api.chats.link),
      backend.signedInOnly(({ body }, { id }) => {
        const chat = find(id!);
        const customer = backend.state.customers.get((body as { customerId: string }).customerId);
        if (!chat || !customer) return apiError('chat_not_found');
        const linked = {
          ...chat,
          customerId: customer.id,
          customerName: customer.displayName,
          updatedAt: new Date().toISOString(),
        };
        backend.state.chats = backend.state.chats.map((item) => (item.id === chat.id ? linked : item));
        return HttpResponse.json({ chat: linked });
      }),
    ),
  ];
  return { handlers, chats };
}

// ---------- the visitor's side ----------

export const OPEN: ChatAvailability = { open: true, reason: null, nextOpening: null, alternatives: [], waiting: 2 };
export const CLOSED: ChatAvailability = {
  open: false,
  reason: 'closed',
  nextOpening: '2026-11-23T08:00:00.000Z',
  alternatives: ['message', 'callback'],
  waiting: 0,
};

export function buildWidgetTopic(overrides: Partial<WidgetTopic> = {}): WidgetTopic {
  return { id: randomUUID(), label: { fr: 'Facturation', en: 'Billing' }, availability: OPEN, ...overrides };
}

export function buildVisitorConversation(overrides: Partial<VisitorConversation> = {}): VisitorConversation {
  return {
    id: randomUUID(),
    state: 'waiting',
    topic: { id: randomUUID(), label: { fr: 'Facturation', en: 'Billing' } },
    visitorName: 'Marie Dupont',
    agentName: null,
    queue: { position: 3, waiting: 4, estimatedWaitSeconds: 240 },
    startedAt: new Date(Date.now() - 30_000).toISOString(),
    endedAt: null,
    endedBy: null,
    messages: [],
    email: null,
    transcriptRequested: false,
    ...overrides,
  };
}

export interface RecordedWidgetRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

export const VISITOR_TOKEN = 'visitor-token-0123456789abcdefghijklmnopqrstuvwxyz';

/** The public widget API, in memory: config, start, the conversation (bearer token), alternatives, transcript. */
export function createWidgetBackend(
  options: { topics?: WidgetTopic[]; conversation?: VisitorConversation | null } = {},
) {
  const state = {
    topics: options.topics ?? [buildWidgetTopic()],
    conversation: options.conversation ?? null,
    requests: [] as RecordedWidgetRequest[],
  };
  async function record(request: Request): Promise<RecordedWidgetRequest> {
    const text = await request.clone().text();
    const entry = {
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get('authorization'),
      body: text ? JSON.parse(text) : null,
    };
    state.requests.push(entry);
    return entry;
  }
  const authorised = (entry: RecordedWidgetRequest) =>
    entry.authorization === `Bearer ${VISITOR_TOKEN}` && state.conversation !== null;

  const handlers: HttpHandler[] = [
    http.get(mswPath(api.widget.config), async ({ request }) => {
      await record(request);
      return HttpResponse.json({ topics: state.topics, limits: { messageMaxLength: 4000, nameMaxLength: 200 } });
    }),
    http.post(mswPath(api.widget.start), async ({ request }) => {
      const entry = await record(request);
      const body = entry.body as { name: string; topicId: string };
      const topic = state.topics.find((item) => item.id === body.topicId);
      if (!topic) return apiError('topic_unknown', [{ path: 'topicId', message: 'unknown topic' }]);
      if (!topic.availability.open)
        return HttpResponse.json({ kind: 'unavailable', availability: topic.availability }, { status: 201 });
      state.conversation = buildVisitorConversation({
        visitorName: body.name,
        topic: { id: topic.id, label: topic.label },
      });
      return HttpResponse.json(
        { kind: 'started', visitorToken: VISITOR_TOKEN, conversation: state.conversation },
        { status: 201 },
      );
    }),
    http.get(mswPath(api.widget.conversation), async ({ request }) => {
      const entry = await record(request);
      return authorised(entry) ? HttpResponse.json(state.conversation) : apiError('conversation_not_found');
    }),
    http.post(mswPath(api.widget.transcript), async ({ request }) => {
      const entry = await record(request);
      if (!authorised(entry)) return apiError('conversation_not_found');
      return HttpResponse.json({ state: 'queued', to: (entry.body as { email: string }).email });
    }),
    http.post(mswPath(api.widget.leaveMessage), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        { kind: 'message', contactId: randomUUID(), nextOpening: CLOSED.nextOpening },
        { status: 201 },
      );
    }),
    http.post(mswPath(api.widget.requestCallback), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        { kind: 'callback', contactId: randomUUID(), nextOpening: CLOSED.nextOpening },
        { status: 201 },
      );
    }),
  ];
  return { state, handlers };
}
