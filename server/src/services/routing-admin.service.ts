import type {
  AgentSkillsView,
  BusinessHours,
  CreateQueueInput,
  QueueView,
  UpdateQueueInput,
} from '@shared/schemas/admin-routing';
import { WEEK_DAYS } from '@shared/schemas/admin-routing';
import type { Role } from '@shared/schemas/agent';
import type { Channel } from '@shared/schemas/common';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/store';
import { agentRoutingRepository, type AgentRoutingRow } from '../db/repositories/agent-routing.repository';
import { queuesRepository, type QueueRow } from '../db/repositories/queues.repository';
import { isUniqueViolation } from '../db/sql-results';

/** Every day present, even for queues stored before a day was configured. */
function fullWeek(stored: Record<string, [string, string][]>): BusinessHours {
  return Object.fromEntries(WEEK_DAYS.map((day) => [day, stored[day] ?? []])) as BusinessHours;
}

export const toQueueView = (row: QueueRow): QueueView => ({
  id: row.id,
  name: row.name,
  channels: row.channels as Channel[],
  requiredSkills: row.requiredSkills,
  priority: row.priority,
  timeZone: row.timeZone,
  businessHours: fullWeek(row.businessHours),
  serviceLevelPercent: row.serviceLevelPercent,
  serviceLevelSeconds: row.serviceLevelSeconds,
  afterHoursAction: row.afterHoursAction,
});

const toAgentSkills = (row: AgentRoutingRow): AgentSkillsView => ({
  id: row.id,
  displayName: row.displayName,
  email: row.email,
  role: row.role as Role,
  skills: row.skills,
  capacity: row.capacity,
  keepsChatsDuringCall: row.keepsChatsDuringCall,
});

const duplicateName = (name: string) =>
  new AppError('queue_name_taken', `a queue named ${name} exists already`, [
    { path: 'name', message: 'a queue with this name exists already' },
  ]);

/** What admins configure for routing: queues, and each agent's skills and capacity per channel. */
export function createRoutingAdminService(deps: { db: Db }) {
  return {
    async listQueues(): Promise<QueueView[]> {
      return (await queuesRepository.list(deps.db)).map(toQueueView);
    },

    async createQueue(input: CreateQueueInput): Promise<QueueView> {
      if (await queuesRepository.findByName(deps.db, input.name)) throw duplicateName(input.name);
      try {
        return toQueueView(await queuesRepository.insert(deps.db, input));
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(input.name);
        throw error;
      }
    },

    async updateQueue(id: string, input: UpdateQueueInput): Promise<QueueView> {
      const current = await queuesRepository.findById(deps.db, id);
      if (!current) throw notFound('queue_not_found');
      if (
        input.name !== undefined &&
        input.name !== current.name &&
        (await queuesRepository.findByName(deps.db, input.name))
      ) {
        throw duplicateName(input.name);
      }
      try {
        const row = await queuesRepository.update(deps.db, id, input);
        if (!row) throw notFound('queue_not_found');
        return toQueueView(row);
      } catch (error) {
        if (isUniqueViolation(error) && input.name) throw duplicateName(input.name);
        throw error;
      }
    },

    async listAgents(): Promise<AgentSkillsView[]> {
      return (await agentRoutingRepository.listActive(deps.db)).map(toAgentSkills);
    },

    async updateAgentRouting(
      id: string,
      input: { skills: string[]; capacity: AgentSkillsView['capacity']; keepsChatsDuringCall?: boolean | undefined },
    ): Promise<AgentSkillsView> {
      const row = await agentRoutingRepository.update(deps.db, id, input);
      if (!row) throw notFound('agent_not_found');
      return toAgentSkills(row);
    },
  };
}

export type RoutingAdminService = ReturnType<typeof createRoutingAdminService>;
