import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { ROOMS } from '@shared/events/socket-events';
import type { Logger } from '../log/logger';
import type { EventBus } from '../events/bus';
import type { AuthService } from '../services/auth.service';
import type { CustomerCardService } from '../services/customer-card.service';
import { readSessionCookie } from '../web/session-cookie';
import { registerCustomerWatch } from './handlers/customer-watch.handlers';
import { forwardPresence } from './listeners/presence.listener';
import { forwardCalls } from './listeners/calls.listener';
import type { CallPopService } from '../services/calls/call-pop.service';
import type { OfferDecisionService } from '../services/routing/offer-decisions.service';
import { forwardOffers } from './listeners/offers.listener';
import { forwardQueueDepths } from './listeners/queue-depth.listener';
import type { ContactQueueService } from '../services/routing/contact-queue.service';
import { endSessionSockets } from './listeners/session.listener';
import { forwardTimeline } from './listeners/timeline.listener';
import { sessionRoom, type DeskServer } from './socket-types';
import { forwardChats, type ChatForwardDeps } from './listeners/chat.listener';
import { registerVisitorNamespace } from './visitor-namespace';
import { refusal } from './refusal';
import { isSameOrigin, widgetCorsOrigin } from '../web/widget-origins';

export interface RealtimeDeps {
  cards: CustomerCardService;
  pops: CallPopService;
  offers: OfferDecisionService;
  contactQueue: ContactQueueService;
  bus: EventBus;
  auth: AuthService;
  logger: Logger;
  chat: Omit<ChatForwardDeps, 'logger'> & { allowedOrigins: string[] };
}

/** The desk's socket.io server: same session as the API; an unauthenticated socket is refused. */
export function createSocketServer(httpServer: HttpServer, deps: RealtimeDeps): { io: DeskServer; detach: () => void } {
  const io: DeskServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    // CORS (without credentials) is for the chat widget's /visitor namespace, embedded on other
    // sites; the desk's namespace below refuses any other origin, so it stays same-origin.
    cors: { origin: widgetCorsOrigin(deps.chat.allowedOrigins), credentials: false },
  });

  io.use(async (socket, next) => {
    if (!isSameOrigin(socket.handshake.headers.origin, socket.handshake.headers.host)) {
      return next(refusal('origin_not_allowed'));
    }
    try {
      const identity = await deps.auth.authenticate(readSessionCookie(socket.request.headers.cookie));
      if (!identity) return next(refusal('sign_in_required'));
      socket.data = identity;
      next();
    } catch (error) {
      deps.logger.error({ err: error }, 'socket authentication failed');
      next(refusal('service_unavailable'));
    }
  });

  io.on('connection', (socket) => {
    const { agent, sessionId } = socket.data;
    void socket.join([ROOMS.agent(agent.id), sessionRoom(sessionId), ROOMS.desks]);
    if (agent.role === 'supervisor' || agent.role === 'admin') void socket.join(ROOMS.supervisors);
    registerCustomerWatch(socket, { cards: deps.cards, logger: deps.logger });
    deps.logger.debug({ agentId: agent.id, socketId: socket.id }, 'socket connected');
  });

  const visitors = registerVisitorNamespace(io, {
    chatVisitors: deps.chat.chatVisitors,
    allowedOrigins: deps.chat.allowedOrigins,
    logger: deps.logger,
  });

  const detachers = [
    forwardChats(deps.bus, io, visitors, { ...deps.chat, logger: deps.logger }),
    forwardTimeline(deps.bus, io),
    forwardPresence(deps.bus, io),
    endSessionSockets(deps.bus, io),
    forwardCalls(deps.bus, io, { pops: deps.pops, logger: deps.logger }),
    forwardOffers(deps.bus, io, { offers: deps.offers, logger: deps.logger }),
    forwardQueueDepths(deps.bus, io, { contactQueue: deps.contactQueue, logger: deps.logger }),
  ];
  return {
    io,
    detach: () => {
      for (const detach of detachers) detach();
    },
  };
}
