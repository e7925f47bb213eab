/**
 * Which agent a waiting contact is offered to. Pure: the caller loads the candidates (with their
 * current load) and passes `now`; this file only decides.
 */
import type { Capacity, Presence } from '@shared/schemas/agent';

export type RoutedChannel = 'voice' | 'chat' | 'email' | 'callback';
export type CapacityChannel = keyof Capacity;

export interface ContactToRoute {
  channel: RoutedChannel;
  requiredSkills: readonly string[];
  /** The case owner, or the person a callback was booked with. */
  preferredAgentId: string | null;
  /** End of the grace time during which the contact stays reserved for the preferred agent. */
  preferredUntil: Date | null;
  /** Agents who declined or missed this contact: asked again only when nobody else can take it. */
  declinedBy: readonly string[];
}

export interface RoutingCandidate {
  id: string;
  skills: readonly string[];
  presence: Presence;
  capacity: Capacity;
  /** Active plus currently offered contacts per channel: an open offer holds a seat. */
  load: Capacity;
  /** When the agent last became free; the longest idle is served first. */
  idleSince: Date;
  onVoiceCall: boolean;
  keepsChatsDuringCall: boolean;
}

export type RoutingDecision =
  | { kind: 'offer'; agentId: string }
  | { kind: 'wait-for-preferred'; until: Date }
  | { kind: 'none' };

/** A callback is a phone call the agent places: it uses the voice seat. */
export function capacityChannelOf(channel: RoutedChannel): CapacityChannel {
  return channel === 'callback' ? 'voice' : channel;
}

/**
 * Whether the agent may be offered this contact now, ignoring preference and declines.
 *
 * Presence: `available`, or `busy` on chat and email. The system sets `busy` while an agent
 * handles contacts; one chat must not stop the next chat while chat seats are free (field note
 * 5: three or four chats at once). Voice and callbacks need `available`: a ringing phone on top
 * of whatever made the agent busy is the interruption we refuse. `away`, `wrap_up` and `offline`
 * never get offers.
 */
export function isEligible(contact: ContactToRoute, agent: RoutingCandidate): boolean {
  const seat = capacityChannelOf(contact.channel);
  const presenceAllows = agent.presence === 'available' || (agent.presence === 'busy' && seat !== 'voice');
  if (!presenceAllows) return false;
  if (!contact.requiredSkills.every((skill) => agent.skills.includes(skill))) return false;
  if (agent.load[seat] >= agent.capacity[seat]) return false;
  // Checked apart from the load: a call in progress may not be counted in load yet (e.g. a
  // direct call that never went through the queue), and it must still block a second call.
  if (agent.onVoiceCall && seat === 'voice') return false;
  if (agent.onVoiceCall && seat === 'chat' && !agent.keepsChatsDuringCall) return false;
  // Email during a call is fine: it waits in the agent's list and needs no immediate answer.
  return true;
}

/** Longest idle first; ties broken by id so two server processes make the same choice. */
function byLongestIdle(a: RoutingCandidate, b: RoutingCandidate): number {
  const idle = a.idleSince.getTime() - b.idleSince.getTime();
  if (idle !== 0) return idle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function reservationEnd(contact: ContactToRoute, now: Date): Date | null {
  if (contact.preferredAgentId === null || contact.preferredUntil === null) return null;
  if (now.getTime() >= contact.preferredUntil.getTime()) return null;
  // Once the preferred agent declined or missed it, holding the contact for them only delays
  // the customer.
  if (contact.declinedBy.includes(contact.preferredAgentId)) return null;
  return contact.preferredUntil;
}

/**
 * The best agent for the contact:
 * 1. during the grace time, the preferred agent if eligible, otherwise wait for them;
 * 2. after it (or without a preference), the longest idle eligible agent, skipping those who
 *    declined it unless they are the only ones left.
 */
export function chooseAgent(
  contact: ContactToRoute,
  candidates: readonly RoutingCandidate[],
  now: Date,
): RoutingDecision {
  const eligible = candidates.filter((agent) => isEligible(contact, agent));

  const reservedUntil = reservationEnd(contact, now);
  if (reservedUntil !== null) {
    const preferred = eligible.find((agent) => agent.id === contact.preferredAgentId);
    return preferred ? { kind: 'offer', agentId: preferred.id } : { kind: 'wait-for-preferred', until: reservedUntil };
  }

  const notDeclined = eligible.filter((agent) => !contact.declinedBy.includes(agent.id));
  const pool = notDeclined.length > 0 ? notDeclined : eligible;
  const best = [...pool].sort(byLongestIdle)[0];
  return best ? { kind: 'offer', agentId: best.id } : { kind: 'none' };
}
