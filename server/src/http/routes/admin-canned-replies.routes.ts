import { Router } from 'express';
import { api } from '@shared/contract';
import type { CannedRepliesAdminService } from '../../services/canned-replies-admin.service';
import { mountRoute } from '../contract-route';
import { requireRole } from '../middleware/auth';

const routes = api.adminCannedReplies;

/** Admins write the chat's canned replies and retire them; supervisors may read them. */
export function adminCannedRepliesRoutes(deps: { cannedRepliesAdmin: CannedRepliesAdminService }): Router {
  const router = Router();
  const admin = requireRole('admin');
  const readers = requireRole('admin', 'supervisor');

  mountRoute(router, routes.list, [readers], async () => ({ items: await deps.cannedRepliesAdmin.list() }));
  mountRoute(router, routes.create, [admin], async ({ body }) => ({
    reply: await deps.cannedRepliesAdmin.create(body),
  }));
  mountRoute(router, routes.update, [admin], async ({ params, body }) => ({
    reply: await deps.cannedRepliesAdmin.update(params.id, body),
  }));
  mountRoute(router, routes.retire, [admin], async ({ params }) => {
    await deps.cannedRepliesAdmin.retire(params.id);
  });

  return router;
}
