import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  createCannedReplyRequestSchema,
  updateCannedReplyRequestSchema,
  type CannedReplyAdminView,
} from '@shared/schemas/admin-canned-replies';
import { apiError, type createDeskBackend } from './handlers';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

type DeskBackend = ReturnType<typeof createDeskBackend>;

export interface AdminCannedRepliesOptions {
  cannedReplies?: CannedReplyAdminView[];
}

let sequence = 0;

export function buildAdminCannedReply(overrides: Partial<CannedReplyAdminView> = {}): CannedReplyAdminView {
  return {
    id: `canned-${++sequence}`,
    title: 'Hello',
    body: 'Hello {visitorName}, I am {agentName}. How can I help you?',
    locale: 'en',
    tags: ['greeting'],
    position: 10,
    active: true,
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

function invalid(issues: { path: PropertyKey[]; message: string }[]) {
  return apiError(
    'invalid_input',
    issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}

const duplicateTitle = () =>
  apiError('canned_reply_title_taken', [
    { path: 'title', message: 'a reply in use has this title in this language already' },
  ]);

/**
 * The canned replies administration API on top of a desk backend, parsing with the shared
 * contracts: titles unique per language (without case) among replies in use; supervisors may read.
 */
export function withAdminCannedReplies(backend: DeskBackend, options: AdminCannedRepliesOptions = {}) {
  const canned = { replies: options.cannedReplies ?? [] };
  const roleOnly =
    (...roles: string[]): DeskBackend['signedInOnly'] =>
    (resolver) =>
      backend.signedInOnly((entry, params) =>
        roles.includes(backend.state.agent.role) ? resolver(entry, params) : apiError('role_required'),
      );
  const readers = roleOnly('admin', 'supervisor');
  const admin = roleOnly('admin');
  const clashes = (reply: Pick<CannedReplyAdminView, 'id' | 'title' | 'locale'>) =>
    canned.replies.some(
      (other) =>
        other.active &&
        other.id !== reply.id &&
        other.locale === reply.locale &&
        other.title.toLowerCase() === reply.title.toLowerCase(),
    );

  const handlers: HttpHandler[] = [
    http.get(
      mswPath(api.adminCannedReplies.list),
      readers(() => HttpResponse.json({ items: canned.replies })),
    ),
    http.post(
      mswPath(api.adminCannedReplies.create),
      admin(({ body }) => {
        const parsed = createCannedReplyRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        const reply = buildAdminCannedReply({ ...parsed.data, active: true, createdAt: new Date().toISOString() });
        if (clashes(reply)) return duplicateTitle();
        canned.replies = [...canned.replies, reply];
        return HttpResponse.json({ reply }, { status: 201 });
      }),
    ),
    http.put(
      mswPath(api.adminCannedReplies.update),
      admin(({ body }, { id }) => {
        const current = canned.replies.find((reply) => reply.id === id);
        if (!current) return apiError('canned_reply_not_found');
        const parsed = updateCannedReplyRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        const reply = { ...current, ...parsed.data };
        if (reply.active && clashes(reply)) return duplicateTitle();
        canned.replies = canned.replies.map((item) => (item.id === id ? reply : item));
        return HttpResponse.json({ reply });
      }),
    ),
    http.delete(
      mswPath(api.adminCannedReplies.retire),
      admin((_, { id }) => {
        if (!canned.replies.some((reply) => reply.id === id)) return apiError('canned_reply_not_found');
        canned.replies = canned.replies.map((reply) => (reply.id === id ? { ...reply, active: false } : reply));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];

  return { canned, handlers };
}
