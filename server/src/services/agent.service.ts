import type { Agent, Presence } from '@shared/schemas/agent';
import type { Locale } from '@shared/schemas/common';
import { notFound } from '../errors';
import type { Db } from '../db/store';
import { agentsRepository, toAgent } from '../db/repositories/agents.repository';
import { inTransaction } from '../db/unit-of-work';
import type { EventBus } from '../events/bus';

export function createAgentService(deps: { db: Db; bus: EventBus }) {
  return {
    async get(agentId: string): Promise<Agent> {
      const row = await agentsRepository.findById(deps.db, agentId);
      if (!row) throw notFound('agent');
      return toAgent(row);
    },

    async list(): Promise<Agent[]> {
      return (await agentsRepository.list(deps.db)).map(toAgent);
    },

    /** Changes presence; everyone who watches this agent hears of it once it is committed. */
    async setPresence(agentId: string, presence: Presence): Promise<Agent> {
      return inTransaction(deps.db, async ({ tx, afterCommit }) => {
        const row = await agentsRepository.setPresence(tx, agentId, presence);
        if (!row) throw notFound('agent');
        const agent = toAgent(row);
        afterCommit(() =>
          deps.bus.emit('agent.presenceChanged', {
            agentId: agent.id,
            presence: agent.presence,
            presenceChangedAt: agent.presenceChangedAt,
            agent,
          }),
        );
        return agent;
      });
    },

    async setLocale(agentId: string, locale: Locale | null): Promise<Agent> {
      const row = await agentsRepository.setLocale(deps.db, agentId, locale);
      if (!row) throw notFound('agent');
      return toAgent(row);
    },
  };
}

export type AgentService = ReturnType<typeof createAgentService>;
