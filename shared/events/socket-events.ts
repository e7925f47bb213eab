import type { Ack } from '../errors';
import type { Agent, Presence } from '../schemas/agent';
import type { TimelineEvent } from '../schemas/timeline';
import type { CallPop, CallView } from '../schemas/call';
import type { CallMoveFailed, Offer, OfferClosed, TransferDecided } from '../schemas/transfer';
import type { QueueDepth } from '../schemas/queue-depth';
import { z } from 'zod';
import { uuidSchema } from '../schemas/common';
import type { ChatDeskServerToClientEvents } from './chat-events';

/** Socket payloads from clients are parsed with these, like HTTP bodies. */
export const watchCustomerSchema = z.strictObject({ customerId: uuidSchema });
export type WatchCustomer = z.infer<typeof watchCustomerSchema>;

export interface PresenceChanged {
  agentId: string;
  presence: Presence;
  presenceChangedAt: string;
  agent: Agent;
}

/** Server -> client: facts, carrying the new state so screens update without a refetch. */
export interface ServerToClientEvents extends ChatDeskServerToClientEvents {
  'timeline.appended': (event: TimelineEvent) => void;
  'agent.presenceChanged': (change: PresenceChanged) => void;
  'session.ended': () => void;
  /** A call rings for this agent: the screen pop, before anyone answers. */
  'call.ringing': (pop: CallPop) => void;
  /** A call this agent (or, for supervisors, anyone) is involved in changed state. */
  'call.updated': (call: CallView) => void;
  /** A contact is offered to this agent: accept or decline before `expiresAt`. */
  'offer.created': (offer: Offer) => void;
  /** An offer is no longer open (accepted, declined, expired, withdrawn). */
  'offer.closed': (closed: OfferClosed) => void;
  /** The receiver of this agent's transfer accepted or declined it. */
  'transfer.decided': (decided: TransferDecided) => void;
  /** The PBX could not move a transferred call (refused, or the call had ended): move it by phone. */
  'call.moveFailed': (failed: CallMoveFailed) => void;
  /** Contacts entered or left a queue: how many wait now, and since when the oldest has. */
  'queue.depth': (depth: QueueDepth) => void;
}

/** Client -> server: commands, acknowledged with `{ok:true,data}|{ok:false,error}`. */
export interface ClientToServerEvents {
  'customer.watch': (payload: WatchCustomer, ack: (result: Ack<{ customerId: string }>) => void) => void;
  'customer.unwatch': (payload: WatchCustomer, ack: (result: Ack<{ customerId: string }>) => void) => void;
}

export const ROOMS = {
  agent: (id: string) => `agent:${id}`,
  queue: (id: string) => `queue:${id}`,
  customer: (id: string) => `customer:${id}`,
  supervisors: 'supervisors',
  /** Every signed-in desk: for what all agents share, like the missed-calls list. */
  desks: 'desks',
} as const;
