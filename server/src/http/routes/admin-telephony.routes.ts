import { Router } from 'express';
import { api } from '@shared/contract';
import type { PbxService } from '../../services/pbx.service';
import type { TelephonyAdminService } from '../../services/telephony-admin.service';
import { mountRoute } from '../contract-route';
import { requireRole, sessionOf } from '../middleware/auth';

const routes = api.adminTelephony;

/** Admins manage the PBXs allowed to send CTI events, blocked callers and wrap-up dispositions. */
export function adminTelephonyRoutes(deps: { pbx: PbxService; telephonyAdmin: TelephonyAdminService }): Router {
  const router = Router();
  const admin = [requireRole('admin')];

  mountRoute(router, routes.listPbx, admin, async () => ({ items: await deps.pbx.list() }));
  mountRoute(router, routes.createPbx, admin, async ({ body }) =>
    deps.pbx.create(body.name, body.signingSecret ?? null),
  );
  mountRoute(router, routes.revokePbx, admin, async ({ params }) => {
    await deps.pbx.revoke(params.id);
  });

  mountRoute(router, routes.listBlocked, admin, async () => ({ items: await deps.telephonyAdmin.listBlocked() }));
  mountRoute(router, routes.block, admin, async ({ body, req }) => ({
    blocked: await deps.telephonyAdmin.block(body.number, body.reason ?? null, sessionOf(req).agent.id),
  }));
  mountRoute(router, routes.unblock, admin, async ({ params }) => {
    await deps.telephonyAdmin.unblock(params.id);
  });

  mountRoute(router, routes.saveDisposition, admin, async ({ body }) => ({
    items: await deps.telephonyAdmin.upsertDisposition(body),
  }));
  mountRoute(router, routes.retireDisposition, admin, async ({ params }) => {
    await deps.telephonyAdmin.retireDisposition(params.code);
  });

  return router;
}
