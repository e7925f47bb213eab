import { EventEmitter } from 'node:events';
import type { TimelineEvent } from '@shared/schemas/timeline';
import type { PresenceChanged } from '@shared/events/socket-events';
import type { CallView } from '@shared/schemas/call';
import type { ChatMessage, ChatReceiptPush, ChatTypingPush } from '@shared/schemas/chat';
import type { CallMove, CallMoveFailed } from '@shared/schemas/transfer';

/** Domain events: facts the rest of the server (realtime, later automation) reacts to. */
export interface DomainEvents {
  'timeline.appended': TimelineEvent;
  'agent.presenceChanged': PresenceChanged;
  /** A session was ended (sign-out): its sockets must go. */
  'session.ended': { sessionId: string; agentId: string };
  /** A call changed; `newlyRinging` are the agents it has just started ringing for (screen pops). */
  'call.changed': { call: CallView; newlyRinging: string[]; involvedAgentIds: string[] };
  'offer.created': { offerId: string; agentId: string };
  'offer.closed': { offerId: string; agentId: string; state: 'accepted' | 'declined' | 'expired' | 'withdrawn' };
  /** An agent took a contact (accepted its offer): the channel tells its customer who answers. */
  'contact.assigned': {
    contactId: string;
    agentId: string;
    agentName: string;
    channel: string;
    customerId: string | null;
  };
  /** Contacts entered or left these queues: their depth changed. */
  'queue.changed': { queueIds: string[] };
  'transfer.decided': {
    transferId: string;
    contactId: string;
    senderId: string;
    state: 'accepted' | 'declined';
    by: { id: string; name: string };
    declineReason: string | null;
    callMove?: CallMove;
  };
  // Web chat (issue 5). `agentId` is the agent holding the chat when it happened, if any.
  'chat.message': { conversationId: string; agentId: string | null; message: ChatMessage };
  'chat.typing': { agentId: string | null; push: ChatTypingPush };
  'chat.receipt': { agentId: string | null; push: ChatReceiptPush };
  /** A chat changed (state, agent, customer): its desk and its visitor get the new view; `removedFrom` lost it. */
  'chat.changed': { conversationId: string; removedFrom: string | null };
  /** A PBX command was written: the process holding that PBX's link sends it now rather than at its next poll. */
  'pbx.commandQueued': { pbxId: string };
  /** The PBX could not move a transferred call: the agents of the transfer are told. */
  'call.moveFailed': CallMoveFailed & { agentIds: string[] };
}

type Listener<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void;

/** Typed in-process bus. A failing listener is reported and never breaks the emitter or other listeners. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor(private readonly onListenerError: (error: unknown, event: string) => void = () => undefined) {
    this.emitter.setMaxListeners(50);
  }

  on<K extends keyof DomainEvents>(event: K, listener: Listener<K>): () => void {
    const safe = (payload: DomainEvents[K]) => {
      try {
        listener(payload);
      } catch (error) {
        this.onListenerError(error, event);
      }
    };
    this.emitter.on(event, safe);
    return () => this.emitter.off(event, safe);
  }

  emit<K extends keyof DomainEvents>(event: K, payload: DomainEvents[K]): void {
    this.emitter.emit(event, payload);
  }
}
