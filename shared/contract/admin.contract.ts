import { z } from 'zod';
import {
  cannedReplyAdminViewSchema,
  createCannedReplyRequestSchema,
  updateCannedReplyRequestSchema,
} from '../schemas/admin-canned-replies';
import {
  agentSkillsViewSchema,
  createQueueRequestSchema,
  queueViewSchema,
  updateAgentRoutingRequestSchema,
  updateQueueRequestSchema,
} from '../schemas/admin-routing';
import {
  blockedNumberSchema,
  blockNumberRequestSchema,
  createPbxRequestSchema,
  createPbxResponseSchema,
  pbxSummarySchema,
  upsertDispositionRequestSchema,
} from '../schemas/admin-telephony';
import { dispositionListResponseSchema } from '../schemas/call';
import { idParamsSchema } from '../schemas/common';
import { itemsOf } from './lists';
import { route } from './route';

export const dispositionCodeParamsSchema = z.strictObject({ code: z.string().min(1).max(64) });

/** PBXs allowed to send CTI events, blocked callers and wrap-up dispositions (admins). */
export const adminTelephonyRoutes = {
  listPbx: route({ method: 'GET', path: '/api/admin/pbx', status: 200, response: itemsOf(pbxSummarySchema) }),
  /** The token is in this answer only. */
  createPbx: route({
    method: 'POST',
    path: '/api/admin/pbx',
    body: createPbxRequestSchema,
    status: 201,
    response: createPbxResponseSchema,
  }),
  revokePbx: route({
    method: 'DELETE',
    path: '/api/admin/pbx/:id',
    params: idParamsSchema,
    status: 204,
    response: null,
  }),
  listBlocked: route({
    method: 'GET',
    path: '/api/admin/blocked-numbers',
    status: 200,
    response: itemsOf(blockedNumberSchema),
  }),
  block: route({
    method: 'POST',
    path: '/api/admin/blocked-numbers',
    body: blockNumberRequestSchema,
    status: 201,
    response: z.object({ blocked: blockedNumberSchema }),
  }),
  unblock: route({
    method: 'DELETE',
    path: '/api/admin/blocked-numbers/:id',
    params: idParamsSchema,
    status: 204,
    response: null,
  }),
  /** Answers the whole list after the change. */
  saveDisposition: route({
    method: 'PUT',
    path: '/api/admin/dispositions',
    body: upsertDispositionRequestSchema,
    status: 200,
    response: dispositionListResponseSchema,
  }),
  retireDisposition: route({
    method: 'DELETE',
    path: '/api/admin/dispositions/:code',
    params: dispositionCodeParamsSchema,
    status: 204,
    response: null,
  }),
};

/** Queues and agents' skills and capacities: admins write, supervisors read. */
export const adminRoutingRoutes = {
  listQueues: route({ method: 'GET', path: '/api/admin/queues', status: 200, response: itemsOf(queueViewSchema) }),
  createQueue: route({
    method: 'POST',
    path: '/api/admin/queues',
    body: createQueueRequestSchema,
    status: 201,
    response: z.object({ queue: queueViewSchema }),
  }),
  updateQueue: route({
    method: 'PUT',
    path: '/api/admin/queues/:id',
    params: idParamsSchema,
    body: updateQueueRequestSchema,
    status: 200,
    response: z.object({ queue: queueViewSchema }),
  }),
  listAgents: route({
    method: 'GET',
    path: '/api/admin/agents',
    status: 200,
    response: itemsOf(agentSkillsViewSchema),
  }),
  updateAgentRouting: route({
    method: 'PUT',
    path: '/api/admin/agents/:id/routing',
    params: idParamsSchema,
    body: updateAgentRoutingRequestSchema,
    status: 200,
    response: z.object({ agent: agentSkillsViewSchema }),
  }),
};

/** The chat's canned replies: admins write and retire, supervisors read. */
export const adminCannedRepliesRoutes = {
  list: route({
    method: 'GET',
    path: '/api/admin/canned-replies',
    status: 200,
    response: itemsOf(cannedReplyAdminViewSchema),
  }),
  create: route({
    method: 'POST',
    path: '/api/admin/canned-replies',
    body: createCannedReplyRequestSchema,
    status: 201,
    response: z.object({ reply: cannedReplyAdminViewSchema }),
  }),
  /** Only the fields sent change; `active: true` puts a retired reply back. */
  update: route({
    method: 'PUT',
    path: '/api/admin/canned-replies/:id',
    params: idParamsSchema,
    body: updateCannedReplyRequestSchema,
    status: 200,
    response: z.object({ reply: cannedReplyAdminViewSchema }),
  }),
  retire: route({
    method: 'DELETE',
    path: '/api/admin/canned-replies/:id',
    params: idParamsSchema,
    status: 204,
    response: null,
  }),
};
