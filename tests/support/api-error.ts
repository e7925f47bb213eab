import { apiErrorBodySchema, type ApiError } from '@shared/errors';

/**
 * The error of a failed answer (HTTP body or socket ack), parsed with the declared schema: the
 * body must be exactly `{error:{code,reason,message,fields?}}` and the reason must belong to the code.
 */
export function apiErrorOf(answer: unknown): ApiError {
  const body =
    typeof answer === 'object' && answer !== null && 'ok' in answer
      ? { error: (answer as { error?: unknown }).error }
      : answer;
  return apiErrorBodySchema.parse(body).error;
}
