import type { Agent, Presence } from '@shared/schemas/agent';
import type { Locale } from '@shared/schemas/common';
import { notFound } from '../errors';
import type { Db } from '../db/store';
import { agentsRepository, toAgent } from '../db/repositories/agents.repository';
import { inTransaction } from '../db/unit-of-work';
import { changePresence } from './presence-change';
import type { EventBus } from '../events/bus';

export function createAgentService(deps: { db: Db; bus: EventBus }) {
  return {
    async get(agentId: string): Promise<Agent> {
      const row = await agentsRepository.findById(deps.db, agentId);
      if (!row) throw notFound('agent_not_found');
      return toAgent(row);
    },

    async list(): Promise<Agent[]> {
      return (await agentsRepository.list(deps.db)).map(toAgent);
    },

    /** Changes presence; everyone who watches this agent hears of it once it is committed. */
    async setPresence(agentId: string, presence: Presence): Promise<Agent> {
      return inTransaction(deps.db, async (uow) => {
        const agent = await changePresence(uow, deps.bus, agentId, presence);
        if (!agent) throw notFound('agent_not_found');
        return agent;
      });
    },

    async setLocale(agentId: string, locale: Locale | null): Promise<Agent> {
      const row = await agentsRepository.setLocale(deps.db, agentId, locale);
      if (!row) throw notFound('agent_not_found');
      return toAgent(row);
    },
  };
}

export type AgentService = ReturnType<typeof createAgentService>;
