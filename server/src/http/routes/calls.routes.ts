import { Router } from 'express';
import { api } from '@shared/contract';
import type { CallDeskService } from '../../services/calls/call-desk.service';
import { mountRoute } from '../contract-route';
import { ALL_ROLES, DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';

const routes = api.calls;

export function callsRoutes(deps: { callDesk: CallDeskService }): Router {
  const router = Router();
  // Reads are open to every role: an admin's desk shows the same panels (usually empty).
  const everyone = [requireRole(...ALL_ROLES)];
  const desk = [requireRole(...DESK_ROLES)];

  mountRoute(router, routes.mine, everyone, async ({ req }) => ({
    items: await deps.callDesk.mine(sessionOf(req).agent.id),
  }));
  mountRoute(router, routes.missed, everyone, async () => ({ items: await deps.callDesk.missed() }));
  mountRoute(router, routes.dispositions, everyone, async () => ({ items: await deps.callDesk.dispositions() }));

  mountRoute(router, routes.wrapUp, desk, async ({ params, body, req }) => ({
    call: await deps.callDesk.wrapUp(sessionOf(req).agent, params.id, body),
  }));
  mountRoute(router, routes.link, desk, async ({ params, body, req }) => ({
    call: await deps.callDesk.link(sessionOf(req).agent, params.id, body.customerId),
  }));
  mountRoute(router, routes.handleMissed, desk, async ({ params, body, req }) => ({
    call: await deps.callDesk.handleMissed(sessionOf(req).agent, params.id, body.note),
  }));

  return router;
}
