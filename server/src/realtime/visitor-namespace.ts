import { VISITOR_NAMESPACE } from '@shared/events/chat-events';
import {
  chatReceiptRequestSchema,
  chatTypingSchema,
  visitorEndSchema,
  visitorSendSchema,
  visitorSyncSchema,
  visitorTokenSchema,
} from '@shared/schemas/chat';
import type { Logger } from '../log/logger';
import type { ChatVisitorService } from '../services/chat/chat-visitor.service';
import { parseInput } from '../validation';
import { isAllowedWidgetOrigin, isSameOrigin } from '../web/widget-origins';
import { acknowledged } from './acknowledge';
import { refusal } from './refusal';
import type { DeskServer } from './socket-types';
import { conversationRoom, type VisitorNamespace } from './visitor-types';

/**
 * The widget's namespace. The handshake carries the visitor token (`auth: { token }`); it opens
 * exactly one conversation, whose room is the only one the socket joins. Every command is parsed
 * with the shared schemas and acknowledged `{ok,data}|{ok:false,error}`.
 */
export function registerVisitorNamespace(
  io: DeskServer,
  deps: { chatVisitors: ChatVisitorService; allowedOrigins: string[]; logger: Logger },
): VisitorNamespace {
  const nsp = io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace;

  nsp.use(async (socket, next) => {
    // CORS does not cover WebSockets: the embedding site is checked here too (the /chat page is same-origin).
    const { origin, host } = socket.handshake.headers;
    if (!isSameOrigin(origin, host) && !isAllowedWidgetOrigin(deps.allowedOrigins, origin))
      return next(refusal('origin_not_allowed'));
    const token = visitorTokenSchema.safeParse((socket.handshake.auth as { token?: unknown } | undefined)?.token);
    if (!token.success) return next(refusal('chat_link_expired'));
    try {
      const session = await deps.chatVisitors.authenticate(token.data);
      if (!session) return next(refusal('chat_link_expired'));
      socket.data = session;
      next();
    } catch (error) {
      deps.logger.error({ err: error }, 'visitor socket authentication failed');
      next(refusal('service_unavailable'));
    }
  });

  nsp.on('connection', (socket) => {
    const session = socket.data;
    void socket.join(conversationRoom(session.conversationId));

    socket.on(
      'chat.send',
      acknowledged(deps.logger, async (payload) =>
        deps.chatVisitors.send(session, parseInput(visitorSendSchema, payload, 'payload')),
      ),
    );
    socket.on(
      'chat.typing',
      acknowledged(deps.logger, async (payload) => {
        await deps.chatVisitors.typing(session, parseInput(chatTypingSchema, payload, 'payload').typing);
        return null;
      }),
    );
    socket.on(
      'chat.receipt',
      acknowledged(deps.logger, async (payload) => {
        await deps.chatVisitors.receipt(session, parseInput(chatReceiptRequestSchema, payload, 'payload'));
        return null;
      }),
    );
    socket.on(
      'chat.sync',
      acknowledged(deps.logger, async (payload) => {
        parseInput(visitorSyncSchema, payload ?? {}, 'payload');
        return deps.chatVisitors.conversation(session);
      }),
    );
    socket.on(
      'chat.end',
      acknowledged(deps.logger, async (payload) => {
        parseInput(visitorEndSchema, payload ?? {}, 'payload');
        return deps.chatVisitors.end(session);
      }),
    );
  });

  return nsp;
}
