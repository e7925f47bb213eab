import { Router } from 'express';
import { api } from '@shared/contract';
import type { ChatAgentService } from '../../services/chat/chat-agent.service';
import { mountRoute } from '../contract-route';
import { DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';

const routes = api.chats;

/** The agent's chat tabs: same-origin, signed-in desks only. */
export function chatsRoutes(deps: { chatAgents: ChatAgentService }): Router {
  const router = Router();
  const desk = [requireRole(...DESK_ROLES)];

  mountRoute(router, routes.mine, desk, async ({ req }) => ({
    items: await deps.chatAgents.mine(sessionOf(req).agent),
  }));
  mountRoute(router, routes.cannedReplies, desk, async ({ query }) => ({
    items: await deps.chatAgents.cannedReplies(query),
  }));
  mountRoute(router, routes.byContact, desk, async ({ params, req }) =>
    deps.chatAgents.detailByContact(sessionOf(req).agent, params.contactId),
  );
  mountRoute(router, routes.get, desk, async ({ params, req }) =>
    deps.chatAgents.detail(sessionOf(req).agent, params.id),
  );
  mountRoute(router, routes.send, desk, async ({ params, body, req }) => ({
    message: await deps.chatAgents.send(sessionOf(req).agent, params.id, body),
  }));
  mountRoute(router, routes.typing, desk, async ({ params, body, req }) => {
    await deps.chatAgents.typing(sessionOf(req).agent, params.id, body.typing);
  });
  mountRoute(router, routes.receipt, desk, async ({ params, body, req }) => {
    await deps.chatAgents.receipt(sessionOf(req).agent, params.id, body);
  });
  mountRoute(router, routes.close, desk, async ({ params, body, req }) => ({
    chat: await deps.chatAgents.close(sessionOf(req).agent, params.id, body),
  }));
  mountRoute(router, routes.link, desk, async ({ params, body, req }) => ({
    chat: await deps.chatAgents.link(sessionOf(req).agent, params.id, body.customerId),
  }));

  return router;
}
