import { http, HttpResponse, type HttpHandler } from 'msw';
import { codeOfReason, httpStatusOf, type ErrorReason, type FieldProblem } from '@shared/errors';
import type { Agent } from '@shared/schemas/agent';
import type { CallPop, CallView, ContactSummary, Disposition } from '@shared/schemas/call';
import { createCustomerRequestSchema, type Customer, type CustomerSearchHit } from '@shared/schemas/customer';
import { LIMITS } from '@shared/schemas/limits';
import type { TimelineEvent } from '@shared/schemas/timeline';
import type { Offer } from '@shared/schemas/transfer';
import type { ChatSummary } from '@shared/schemas/chat';
import { normalisePhone } from '@shared/utils/phone';
import { classifySearch, foldForSearch } from '@shared/utils/search-query';
import {
  buildAgent,
  buildCustomer,
  buildDisposition,
  buildIdentity,
  buildSearchHit,
  buildTimelineEvent,
} from './factories';
import type { SentTransferView } from '@shared/schemas/transfer';
import type { QueueDepth } from '@shared/schemas/queue-depth';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

export const TEST_PASSWORD = 'correct horse battery staple';

/** The server's error body for `reason`, with the status its code implies. */
export function apiError(reason: ErrorReason, fields?: FieldProblem[]) {
  const code = codeOfReason(reason);
  return HttpResponse.json(
    { error: { code, reason, message: reason.replace(/_/g, ' '), ...(fields ? { fields } : {}) } },
    { status: httpStatusOf(code) },
  );
}

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

export interface DeskBackendOptions {
  agent?: Agent;
  signedIn?: boolean;
  customers?: Customer[];
  /** Per customer id, newest first. */
  timelines?: Record<string, TimelineEvent[]>;
  /** What GET /api/calls/mine answers: live calls with their pops. */
  myCalls?: CallPop[];
  /** Missed calls nobody dealt with yet, newest first. */
  missedCalls?: CallView[];
  dispositions?: Disposition[];
  /** Per customer id, newest first. */
  contacts?: Record<string, ContactSummary[]>;
  /** What GET /api/offers/mine answers: contacts offered to me, pending. */
  offers?: Offer[];
  /** What GET /api/chats answers: the chats I hold. */
  chats?: ChatSummary[];
  /** What GET /api/transfers/sent answers: my transfers still waiting for their receiver. */
  sentTransfers?: SentTransferView[];
  /** What GET /api/queues/depths answers. */
  queueDepths?: QueueDepth[];
}

export const DEFAULT_DISPOSITIONS = [
  buildDisposition('resolved', 'Resolved', 'Résolu'),
  buildDisposition('callback_needed', 'Callback needed', 'Rappel nécessaire'),
];

function searchHit(customer: Customer, q: string): CustomerSearchHit | null {
  const has = (kind: string, value: string) =>
    customer.identities.some((identity) => identity.kind === kind && identity.value === value);
  switch (classifySearch(q)) {
    case 'phone': {
      const phone = normalisePhone(q);
      return phone.kind === 'e164' && has('phone', phone.e164)
        ? buildSearchHit(customer, { matchedBy: 'phone' })
        : null;
    }
    case 'email':
      return has('email', q.trim().toLowerCase()) ? buildSearchHit(customer, { matchedBy: 'email' }) : null;
    case 'account':
      return has('account', q.trim().toUpperCase()) ? buildSearchHit(customer, { matchedBy: 'account' }) : null;
    case 'name':
      return foldForSearch(customer.displayName).includes(foldForSearch(q)) ? buildSearchHit(customer) : null;
  }
}

/**
 * An in-memory desk API that behaves like the real one for the screens under test. Each test builds
 * its own (no shared state); `requests` records what the client sent.
 */
export function createDeskBackend(options: DeskBackendOptions = {}) {
  const state = {
    agent: options.agent ?? buildAgent(),
    signedIn: options.signedIn ?? true,
    customers: new Map((options.customers ?? []).map((customer) => [customer.id, customer])),
    timelines: new Map(Object.entries(options.timelines ?? {})),
    requests: [] as RecordedRequest[],
    myCalls: options.myCalls ?? [],
    missedCalls: options.missedCalls ?? [],
    dispositions: options.dispositions ?? DEFAULT_DISPOSITIONS,
    contacts: new Map(Object.entries(options.contacts ?? {})),
    offers: options.offers ?? [],
    chats: options.chats ?? [],
    sentTransfers: options.sentTransfers ?? [],
    queueDepths: options.queueDepths ?? [],
  };

  /** Changes a call wherever it is listed and returns it, with the next version. */
  function changeCall(id: string, change: (call: CallView) => Partial<CallView>): CallView | null {
    const call =
      state.myCalls.find((pop) => pop.call.id === id)?.call ?? state.missedCalls.find((item) => item.id === id);
    if (!call) return null;
    const next = { ...call, ...change(call), version: call.version + 1 };
    state.myCalls = state.myCalls.map((pop) => (pop.call.id === id ? { ...pop, call: next } : pop));
    state.missedCalls = state.missedCalls.map((item) => (item.id === id ? next : item));
    return next;
  }

  async function record(request: Request): Promise<RecordedRequest> {
    const url = new URL(request.url);
    const text = await request.clone().text();
    const entry = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      body: text ? JSON.parse(text) : null,
    };
    state.requests.push(entry);
    return entry;
  }

  const signedInOnly =
    (resolver: (entry: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>) =>
    async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const entry = await record(request);
      if (!state.signedIn) return apiError('sign_in_required');
      return resolver(entry, params as Record<string, string>);
    };

  const handlers: HttpHandler[] = [
    http.post(mswPath(api.auth.login), async ({ request }) => {
      const { body } = await record(request);
      const { email, password } = body as { email: string; password: string };
      if (email !== state.agent.email || password !== TEST_PASSWORD) return apiError('invalid_credentials');
      state.signedIn = true;
      return HttpResponse.json({ agent: state.agent });
    }),
    http.post(mswPath(api.auth.logout), async ({ request }) => {
      await record(request);
      state.signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(
      mswPath(api.me.get),
      signedInOnly(() => HttpResponse.json({ agent: state.agent })),
    ),
    http.patch(
      mswPath(api.me.update),
      signedInOnly(({ body }) => {
        state.agent = { ...state.agent, locale: (body as Pick<Agent, 'locale'>).locale };
        return HttpResponse.json({ agent: state.agent });
      }),
    ),
    http.put(
      mswPath(api.me.setPresence),
      signedInOnly(({ body }) => {
        const { presence } = body as Pick<Agent, 'presence'>;
        state.agent = { ...state.agent, presence, presenceChangedAt: new Date().toISOString() };
        return HttpResponse.json({ agent: state.agent });
      }),
    ),
    http.get(
      mswPath(api.customers.search),
      signedInOnly(({ search }) => {
        const q = search.get('q') ?? '';
        const items = [...state.customers.values()].flatMap((customer) => searchHit(customer, q) ?? []);
        return HttpResponse.json({ items });
      }),
    ),
    http.get(
      mswPath(api.customers.get),
      signedInOnly((_, { id }) => {
        const customer = state.customers.get(id!);
        return customer ? HttpResponse.json({ customer }) : apiError('customer_not_found');
      }),
    ),
    http.post(
      mswPath(api.customers.create),
      signedInOnly(({ body }) => {
        const parsed = createCustomerRequestSchema.safeParse(body);
        if (!parsed.success) {
          return apiError(
            'invalid_input',
            parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          );
        }
        const { givenName, familyName, companyName, phone, email } = parsed.data;
        const customer = buildCustomer({
          kind: companyName && !familyName ? 'company' : 'person',
          displayName: [givenName, familyName].filter(Boolean).join(' ') || companyName || '',
          givenName: givenName ?? null,
          familyName: familyName ?? null,
          companyName: companyName ?? null,
          identities: [
            ...(phone ? [buildIdentity({ value: phone, rawValue: phone, primary: true })] : []),
            ...(email ? [buildIdentity({ kind: 'email', value: email, rawValue: email, primary: true })] : []),
          ],
          addresses: [],
          createdAt: new Date().toISOString(),
        });
        state.customers.set(customer.id, customer);
        return HttpResponse.json({ customer }, { status: 201 });
      }),
    ),
    http.get(
      mswPath(api.customers.recentContacts),
      signedInOnly((_, { id }) => HttpResponse.json({ items: state.contacts.get(id!) ?? [] })),
    ),
    http.get(
      mswPath(api.routing.myOffers),
      signedInOnly(() => HttpResponse.json({ items: state.offers })),
    ),
    // The desk always asks for my chats; tests of chats add the rest (tests/msw/chat-handlers.ts).
    http.get(
      mswPath(api.chats.mine),
      signedInOnly(() => HttpResponse.json({ items: state.chats })),
    ),
    http.get(
      mswPath(api.routing.sentTransfers),
      signedInOnly(() => HttpResponse.json({ items: state.sentTransfers })),
    ),
    http.get(
      mswPath(api.routing.queueDepths),
      signedInOnly(() => HttpResponse.json({ items: state.queueDepths })),
    ),
    http.get(
      mswPath(api.calls.mine),
      signedInOnly(() => HttpResponse.json({ items: state.myCalls })),
    ),
    http.get(
      mswPath(api.calls.missed),
      signedInOnly(() => HttpResponse.json({ items: state.missedCalls })),
    ),
    http.get(
      mswPath(api.calls.dispositions),
      signedInOnly(() => HttpResponse.json({ items: state.dispositions })),
    ),
    http.post(
      mswPath(api.calls.link),
      signedInOnly(({ body }, { id }) => {
        const { customerId } = body as { customerId: string };
        if (!state.customers.has(customerId)) return apiError('customer_not_found');
        const call = changeCall(id!, () => ({ customerId }));
        return call ? HttpResponse.json({ call }) : apiError('call_not_found');
      }),
    ),
    http.post(
      mswPath(api.calls.wrapUp),
      signedInOnly(({ body }, { id }) => {
        const { disposition } = body as { disposition?: string };
        if (!state.dispositions.some((item) => item.code === disposition)) {
          return apiError('disposition_unknown', [{ path: 'disposition', message: 'unknown disposition' }]);
        }
        const current = state.myCalls.find((pop) => pop.call.id === id)?.call;
        if (!current) return apiError('call_not_found');
        if (current.state !== 'wrap_up') return apiError('call_not_in_wrap_up');
        const call = changeCall(id!, () => ({ state: 'ended', disposition: disposition ?? null }));
        state.myCalls = state.myCalls.filter((pop) => pop.call.id !== id);
        return HttpResponse.json({ call });
      }),
    ),
    http.post(
      mswPath(api.calls.handleMissed),
      signedInOnly((_, { id }) => {
        const call = changeCall(id!, () => ({ handledAt: new Date().toISOString() }));
        if (!call) return apiError('call_not_found');
        state.missedCalls = state.missedCalls.filter((item) => item.id !== id);
        return HttpResponse.json({ call });
      }),
    ),
    http.get(
      mswPath(api.timeline.page),
      signedInOnly(({ search }, { id }) => {
        const events = state.timelines.get(id!) ?? [];
        const limit = Number(search.get('limit') ?? LIMITS.pageSizeDefault);
        const cursor = search.get('cursor');
        const start = cursor ? events.findIndex((event) => event.id === cursor.replace(/^after-/, '')) + 1 : 0;
        const items = events.slice(start, start + limit);
        const last = items[items.length - 1];
        const nextCursor = start + limit < events.length && last ? `after-${last.id}` : null;
        return HttpResponse.json({ items, nextCursor });
      }),
    ),
    http.post(
      mswPath(api.timeline.appendNote),
      signedInOnly(({ body }, { id }) => {
        const text = (body as { body?: unknown }).body;
        if (typeof text !== 'string' || text.trim() === '' || text.length > LIMITS.noteBody) {
          return apiError('invalid_input', [{ path: 'body', message: 'a note cannot be empty' }]);
        }
        const events = state.timelines.get(id!) ?? [];
        const newestId = Math.max(0, ...events.map((event) => Number(event.id)));
        const event = buildTimelineEvent({
          id: String(newestId + 1),
          customerId: id!,
          occurredAt: new Date().toISOString(),
          body: text,
          actor: { kind: 'agent', id: state.agent.id, name: state.agent.displayName },
        });
        state.timelines.set(id!, [event, ...events]);
        return HttpResponse.json({ event }, { status: 201 });
      }),
    ),
  ];

  return { state, handlers, signedInOnly };
}
