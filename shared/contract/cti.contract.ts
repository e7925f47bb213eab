import { z } from 'zod';
import { ctiWebhookBodySchema, ctiWebhookResponseSchema } from '../schemas/cti';
import { route } from './route';

/**
 * The PBX's webhook: the token in the path authenticates it; the body is form-encoded or JSON,
 * optionally signed (see CTI_SIGNATURE_HEADER). The server reads it raw, then parses `body`.
 */
export const ctiRoutes = {
  webhook: route({
    method: 'POST',
    path: '/api/cti/:token',
    params: z.strictObject({ token: z.string() }),
    body: ctiWebhookBodySchema,
    status: 200,
    response: ctiWebhookResponseSchema,
  }),
};
