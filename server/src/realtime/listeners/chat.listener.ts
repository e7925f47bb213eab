import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../log/logger';
import type { ChatAgentService } from '../../services/chat/chat-agent.service';
import type { ChatAssignmentService } from '../../services/chat/chat-assignment.service';
import type { ChatVisitorService } from '../../services/chat/chat-visitor.service';
import type { DeskServer } from '../socket-types';
import { conversationRoom, type VisitorNamespace } from '../visitor-types';

/** Position pushes to waiting visitors are gathered like queue depths: one per queue per burst. */
const POSITION_COALESCE_MS = 250;

export interface ChatForwardDeps {
  chatAgents: ChatAgentService;
  chatVisitors: ChatVisitorService;
  chatAssignment: ChatAssignmentService;
  logger: Logger;
}

/**
 * Chat facts (all emitted after commit) to the two sides: the desk of the agent holding the chat
 * (`agent:<id>`) and the visitor's own conversation room in the /visitor namespace.
 */
export function forwardChats(
  bus: EventBus,
  io: DeskServer,
  visitors: VisitorNamespace,
  deps: ChatForwardDeps,
): () => void {
  const movedQueues = new Set<string>();
  let positionsTimer: NodeJS.Timeout | null = null;
  const pushPositions = () => {
    positionsTimer = null;
    const queueIds = [...movedQueues];
    movedQueues.clear();
    for (const queueId of queueIds) {
      deps.chatAssignment.positionsIn(queueId).then(
        (positions) => {
          for (const { conversationId, queue } of positions) {
            visitors.to(conversationRoom(conversationId)).emit('chat.position', { conversationId, queue });
          }
        },
        (err) => deps.logger.error({ err, queueId }, 'queue position push failed'),
      );
    }
  };
  const failed = (what: string, conversationId?: string) => (err: unknown) =>
    deps.logger.error({ err, conversationId }, `${what} push failed`);

  const offs = [
    bus.on('chat.message', ({ conversationId, agentId, message }) => {
      const push = { conversationId, message };
      if (agentId) io.to(ROOMS.agent(agentId)).emit('chat.message', push);
      visitors.to(conversationRoom(conversationId)).emit('chat.message', push);
    }),
    bus.on('chat.typing', ({ agentId, push }) => {
      if (push.author === 'visitor') {
        if (agentId) io.to(ROOMS.agent(agentId)).emit('chat.typing', push);
      } else {
        visitors.to(conversationRoom(push.conversationId)).emit('chat.typing', push);
      }
    }),
    bus.on('chat.receipt', ({ agentId, push }) => {
      if (push.reader === 'visitor') {
        if (agentId) io.to(ROOMS.agent(agentId)).emit('chat.receipt', push);
      } else {
        visitors.to(conversationRoom(push.conversationId)).emit('chat.receipt', push);
      }
    }),
    bus.on('chat.changed', ({ conversationId, removedFrom }) => {
      deps.chatAgents.summary(conversationId).then(
        (chat) => {
          if (!chat) return;
          if (removedFrom)
            io.to(ROOMS.agent(removedFrom)).emit('chat.removed', { conversationId, contactId: chat.contactId });
          if (chat.agentId && chat.agentId !== removedFrom) io.to(ROOMS.agent(chat.agentId)).emit('chat.updated', chat);
        },
        failed('chat summary', conversationId),
      );
      deps.chatVisitors
        .header({ conversationId })
        .then(
          (view) => visitors.to(conversationRoom(conversationId)).emit('chat.updated', view),
          failed('visitor chat', conversationId),
        );
    }),
    // Waiting visitors move up when their queue changes; a burst of changes is one push.
    bus.on('queue.changed', ({ queueIds }) => {
      for (const id of queueIds) movedQueues.add(id);
      positionsTimer ??= setTimeout(pushPositions, POSITION_COALESCE_MS);
    }),
  ];
  return () => {
    for (const off of offs) off();
    if (positionsTimer) clearTimeout(positionsTimer);
  };
}
