import { adminCannedRepliesRoutes, adminRoutingRoutes, adminTelephonyRoutes } from './admin.contract';
import { agentsRoutes, authRoutes, meRoutes } from './auth.contract';
import { callsRoutes } from './calls.contract';
import { casesRoutes } from './cases.contract';
import { chatsRoutes } from './chats.contract';
import { ctiRoutes } from './cti.contract';
import { customersRoutes, timelineRoutes } from './customers.contract';
import { healthRoutes } from './health.contract';
import type { RouteSpec } from './route';
import { routingRoutes } from './routing.contract';
import { widgetRoutes } from './widget.contract';

/**
 * Every HTTP route of the API, per domain. A route that is not here is not served: the server
 * mounts routes from this table only, and a test compares it with what express registers.
 */
export const api = {
  health: healthRoutes,
  auth: authRoutes,
  me: meRoutes,
  agents: agentsRoutes,
  customers: customersRoutes,
  timeline: timelineRoutes,
  calls: callsRoutes,
  cases: casesRoutes,
  routing: routingRoutes,
  chats: chatsRoutes,
  widget: widgetRoutes,
  cti: ctiRoutes,
  adminTelephony: adminTelephonyRoutes,
  adminRouting: adminRoutingRoutes,
  adminCannedReplies: adminCannedRepliesRoutes,
} as const;

/** The whole table as a list. */
export const allRoutes: readonly RouteSpec[] = Object.values(api).flatMap(
  (group) => Object.values(group) as RouteSpec[],
);

/** The one error shape every error status answers (its reason belongs to its code). */
export { apiErrorBodySchema } from '../errors';
export { fillPath, matchRoute, pathParamNames } from './paths';
export * from './route';
