import {
  callListResponseSchema,
  callPopListResponseSchema,
  callResponseSchema,
  dispositionListResponseSchema,
  handleMissedRequestSchema,
  linkCallRequestSchema,
  wrapUpRequestSchema,
} from '../schemas/call';
import { idParamsSchema } from '../schemas/common';
import { route } from './route';

export const callsRoutes = {
  /** Ringing for me, or answered by me and not yet wrapped up, with their screen pops. */
  mine: route({ method: 'GET', path: '/api/calls/mine', status: 200, response: callPopListResponseSchema }),
  missed: route({ method: 'GET', path: '/api/calls/missed', status: 200, response: callListResponseSchema }),
  dispositions: route({
    method: 'GET',
    path: '/api/dispositions',
    status: 200,
    response: dispositionListResponseSchema,
  }),
  wrapUp: route({
    method: 'POST',
    path: '/api/calls/:id/wrap-up',
    params: idParamsSchema,
    body: wrapUpRequestSchema,
    status: 200,
    response: callResponseSchema,
  }),
  link: route({
    method: 'POST',
    path: '/api/calls/:id/link',
    params: idParamsSchema,
    body: linkCallRequestSchema,
    status: 200,
    response: callResponseSchema,
  }),
  handleMissed: route({
    method: 'POST',
    path: '/api/calls/:id/handle-missed',
    params: idParamsSchema,
    body: handleMissedRequestSchema,
    bodyOptional: true,
    status: 200,
    response: callResponseSchema,
  }),
};
