import type { Agent, Presence } from '@shared/schemas/agent';
import { agentsRepository, toAgent } from '../db/repositories/agents.repository';
import type { UnitOfWork } from '../db/unit-of-work';
import type { EventBus } from '../events/bus';

/** Changes an agent's presence inside a transaction; desks hear of it once it commits. */
export async function changePresence(
  uow: UnitOfWork,
  bus: EventBus,
  agentId: string,
  presence: Presence,
): Promise<Agent | null> {
  const row = await agentsRepository.setPresence(uow.tx, agentId, presence);
  if (!row) return null;
  const agent = toAgent(row);
  uow.afterCommit(() =>
    bus.emit('agent.presenceChanged', {
      agentId: agent.id,
      presence: agent.presence,
      presenceChangedAt: agent.presenceChangedAt,
      agent,
    }),
  );
  return agent;
}
