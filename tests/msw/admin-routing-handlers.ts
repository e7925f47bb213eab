import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  createQueueRequestSchema,
  updateAgentRoutingRequestSchema,
  updateQueueRequestSchema,
  type AgentSkillsView,
  type QueueView,
} from '@shared/schemas/admin-routing';
import { apiError, type createDeskBackend } from './handlers';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

type DeskBackend = ReturnType<typeof createDeskBackend>;

export interface AdminRoutingOptions {
  queues?: QueueView[];
  routingAgents?: AgentSkillsView[];
}

function invalid(issues: { path: PropertyKey[]; message: string }[]) {
  return apiError(
    'invalid_input',
    issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}

export function buildQueue(overrides: Partial<QueueView> = {}): QueueView {
  return {
    id: 'queue-1',
    name: 'Accueil',
    channels: ['voice'],
    requiredSkills: ['general'],
    priority: 0,
    timeZone: 'Europe/Paris',
    businessHours: {
      mon: [['08:00', '18:00']],
      tue: [['08:00', '18:00']],
      wed: [['08:00', '18:00']],
      thu: [['08:00', '18:00']],
      fri: [['08:00', '18:00']],
      sat: [],
      sun: [],
    },
    serviceLevelPercent: 80,
    serviceLevelSeconds: 20,
    afterHoursAction: 'wait',
    ...overrides,
  };
}

export function buildRoutingAgent(overrides: Partial<AgentSkillsView> = {}): AgentSkillsView {
  return {
    id: 'agent-1',
    displayName: 'Camille Laurent',
    email: 'camille.laurent@example.test',
    role: 'agent',
    skills: ['general'],
    capacity: { voice: 1, chat: 3, email: 5 },
    keepsChatsDuringCall: true,
    ...overrides,
  };
}

/**
 * The admin routing API (queues, agents' skills and capacity) on top of a desk backend, parsing
 * with the shared contracts. Supervisors may read; writes are for admins, like on the server.
 */
export function withAdminRouting(backend: DeskBackend, options: AdminRoutingOptions = {}) {
  const routing = { queues: options.queues ?? [], agents: options.routingAgents ?? [] };
  let sequence = 0;
  const roleOnly =
    (...roles: string[]): DeskBackend['signedInOnly'] =>
    (resolver) =>
      backend.signedInOnly((entry, params) =>
        roles.includes(backend.state.agent.role) ? resolver(entry, params) : apiError('role_required'),
      );
  const readers = roleOnly('admin', 'supervisor');
  const adminOnly = roleOnly('admin');

  const handlers: HttpHandler[] = [
    http.get(
      mswPath(api.adminRouting.listQueues),
      readers(() => HttpResponse.json({ items: routing.queues })),
    ),
    http.post(
      mswPath(api.adminRouting.createQueue),
      adminOnly(({ body }) => {
        const parsed = createQueueRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        if (routing.queues.some((queue) => queue.name === parsed.data.name)) {
          return apiError('queue_name_taken', [{ path: 'name', message: 'a queue with this name exists already' }]);
        }
        const queue: QueueView = { id: `queue-new-${++sequence}`, ...parsed.data };
        routing.queues = [...routing.queues, queue];
        return HttpResponse.json({ queue }, { status: 201 });
      }),
    ),
    http.put(
      mswPath(api.adminRouting.updateQueue),
      adminOnly(({ body }, { id }) => {
        const current = routing.queues.find((queue) => queue.id === id);
        if (!current) return apiError('queue_not_found');
        const parsed = updateQueueRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        const queue: QueueView = { ...current, ...parsed.data } as QueueView;
        routing.queues = routing.queues.map((item) => (item.id === id ? queue : item));
        return HttpResponse.json({ queue });
      }),
    ),
    http.get(
      mswPath(api.adminRouting.listAgents),
      readers(() => HttpResponse.json({ items: routing.agents })),
    ),
    http.put(
      mswPath(api.adminRouting.updateAgentRouting),
      adminOnly(({ body }, { id }) => {
        const current = routing.agents.find((agent) => agent.id === id);
        if (!current) return apiError('agent_not_found');
        const parsed = updateAgentRoutingRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        const agent = {
          ...current,
          ...parsed.data,
          keepsChatsDuringCall: parsed.data.keepsChatsDuringCall ?? current.keepsChatsDuringCall,
        };
        routing.agents = routing.agents.map((item) => (item.id === id ? agent : item));
        return HttpResponse.json({ agent });
      }),
    ),
  ];

  return { routing, handlers };
}
