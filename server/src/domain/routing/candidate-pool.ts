import type { CapacityChannel, RoutingCandidate } from './routing-choice';

/** An agent as the routing query reads them (presence as stored). */
export interface CandidateFacts {
  id: string;
  skills: string[];
  presence: string;
  capacity: RoutingCandidate['capacity'];
  presenceChangedAt: Date;
  load: RoutingCandidate['load'];
  onVoiceCall: boolean;
  keepsChatsDuringCall: boolean;
}

export function toCandidate(facts: CandidateFacts): RoutingCandidate {
  return {
    id: facts.id,
    skills: facts.skills,
    presence: facts.presence as RoutingCandidate['presence'],
    capacity: facts.capacity,
    load: facts.load,
    idleSince: facts.presenceChangedAt,
    onVoiceCall: facts.onVoiceCall,
    keepsChatsDuringCall: facts.keepsChatsDuringCall,
  };
}

/**
 * One routing pass's picture of the agents, read once and kept current as the pass offers: a seat
 * taken here is counted at once, and an agent re-read under their lock replaces what was read
 * before. It only steers the choice; the seat itself is checked again under the agent's lock.
 */
export class CandidatePool {
  private readonly byId = new Map<string, RoutingCandidate>();

  constructor(candidates: readonly RoutingCandidate[]) {
    for (const candidate of candidates) this.byId.set(candidate.id, candidate);
  }

  candidates(): RoutingCandidate[] {
    return [...this.byId.values()];
  }

  update(candidate: RoutingCandidate): void {
    this.byId.set(candidate.id, candidate);
  }

  seatTaken(agentId: string, channel: CapacityChannel): void {
    const agent = this.byId.get(agentId);
    if (agent) this.byId.set(agentId, { ...agent, load: { ...agent.load, [channel]: agent.load[channel] + 1 } });
  }

  /** Is there a free seat on any channel at all? With none, the pass has nothing to try. */
  hasFreeSeat(): boolean {
    return this.candidates().some((c) =>
      (['voice', 'chat', 'email'] as const).some((ch) => c.load[ch] < c.capacity[ch]),
    );
  }
}
