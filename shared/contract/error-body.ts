import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../errors';

const errorCodes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** Every error status answers this one shape (`reason` names the precise cause when there is one). */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    reason: z.string().optional(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
