import {
  caseAttentionQuerySchema,
  caseAttentionResponseSchema,
  closeCaseRequestSchema,
  closeCaseResponseSchema,
} from '../schemas/case-attention';
import { idParamsSchema } from '../schemas/common';
import { route } from './route';

export const casesRoutes = {
  /** Open cases that are overdue, owned by no person, or without a due time (supervisors). */
  attention: route({
    method: 'GET',
    path: '/api/cases/attention',
    query: caseAttentionQuerySchema,
    status: 200,
    response: caseAttentionResponseSchema,
  }),
  close: route({
    method: 'POST',
    path: '/api/cases/:id/close',
    params: idParamsSchema,
    body: closeCaseRequestSchema,
    status: 200,
    response: closeCaseResponseSchema,
  }),
};
