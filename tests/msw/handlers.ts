import { http, HttpResponse, type HttpHandler } from 'msw';
import type { ErrorCode, FieldProblem } from '@shared/errors';
import type { Agent } from '@shared/schemas/agent';
import type { Customer, CustomerSearchHit } from '@shared/schemas/customer';
import { LIMITS } from '@shared/schemas/limits';
import type { TimelineEvent } from '@shared/schemas/timeline';
import { normalisePhone } from '@shared/utils/phone';
import { classifySearch, foldForSearch } from '@shared/utils/search-query';
import { buildAgent, buildSearchHit, buildTimelineEvent } from './factories';

export const TEST_PASSWORD = 'correct horse battery staple';

export function apiError(code: ErrorCode, status: number, fields?: FieldProblem[]) {
  return HttpResponse.json({ error: { code, message: code.replace(/_/g, ' '), ...(fields ? { fields } : {}) } }, { status });
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
}

function searchHit(customer: Customer, q: string): CustomerSearchHit | null {
  const has = (kind: string, value: string) =>
    customer.identities.some((identity) => identity.kind === kind && identity.value === value);
  switch (classifySearch(q)) {
    case 'phone': {
      const phone = normalisePhone(q);
      return phone.kind === 'e164' && has('phone', phone.e164) ? buildSearchHit(customer, { matchedBy: 'phone' }) : null;
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
  };

  async function record(request: Request): Promise<RecordedRequest> {
    const url = new URL(request.url);
    const text = await request.clone().text();
    const entry = { method: request.method, path: url.pathname, search: url.searchParams, body: text ? JSON.parse(text) : null };
    state.requests.push(entry);
    return entry;
  }

  const signedInOnly = (resolver: (entry: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const entry = await record(request);
      if (!state.signedIn) return apiError('unauthenticated', 401);
      return resolver(entry, params as Record<string, string>);
    };

  const handlers: HttpHandler[] = [
    http.post('*/api/auth/login', async ({ request }) => {
      const { body } = await record(request);
      const { email, password } = body as { email: string; password: string };
      if (email !== state.agent.email || password !== TEST_PASSWORD) return apiError('invalid_credentials', 401);
      state.signedIn = true;
      return HttpResponse.json({ agent: state.agent });
    }),
    http.post('*/api/auth/logout', async ({ request }) => {
      await record(request);
      state.signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/me', signedInOnly(() => HttpResponse.json({ agent: state.agent }))),
    http.patch(
      '*/api/me',
      signedInOnly(({ body }) => {
        state.agent = { ...state.agent, locale: (body as Pick<Agent, 'locale'>).locale };
        return HttpResponse.json({ agent: state.agent });
      }),
    ),
    http.put(
      '*/api/me/presence',
      signedInOnly(({ body }) => {
        const { presence } = body as Pick<Agent, 'presence'>;
        state.agent = { ...state.agent, presence, presenceChangedAt: new Date().toISOString() };
        return HttpResponse.json({ agent: state.agent });
      }),
    ),
    http.get(
      '*/api/customers',
      signedInOnly(({ search }) => {
        const q = search.get('q') ?? '';
        const items = [...state.customers.values()].flatMap((customer) => searchHit(customer, q) ?? []);
        return HttpResponse.json({ items });
      }),
    ),
    http.get(
      '*/api/customers/:id',
      signedInOnly((_, { id }) => {
        const customer = state.customers.get(id!);
        return customer ? HttpResponse.json({ customer }) : apiError('not_found', 404);
      }),
    ),
    http.get(
      '*/api/customers/:id/timeline',
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
      '*/api/customers/:id/timeline',
      signedInOnly(({ body }, { id }) => {
        const text = (body as { body?: unknown }).body;
        if (typeof text !== 'string' || text.trim() === '' || text.length > LIMITS.noteBody) {
          return apiError('validation_failed', 400, [{ path: 'body', message: 'a note cannot be empty' }]);
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

  return { state, handlers };
}
