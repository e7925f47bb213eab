import type { ErrorCode } from '@shared/errors';
import { ApiRequestError, NetworkError } from '../../api/http';
import type { PlainMessageKey } from './translate';

const MESSAGE_BY_CODE: Record<ErrorCode, PlainMessageKey> = {
  validation_failed: 'error.validationFailed',
  malformed_json: 'error.malformedRequest',
  unauthenticated: 'error.unauthenticated',
  invalid_credentials: 'error.invalidCredentials',
  forbidden: 'error.forbidden',
  not_found: 'error.notFound',
  route_not_found: 'error.routeNotFound',
  conflict: 'error.conflict',
  payload_too_large: 'error.payloadTooLarge',
  unsupported_media_type: 'error.malformedRequest',
  rate_limited: 'error.rateLimited',
  internal: 'error.internal',
  unavailable: 'error.unavailable',
};

/** Users read errors by their code, in their language; the server's English message is for logs. */
export function errorMessageKey(error: unknown): PlainMessageKey {
  if (error instanceof NetworkError) return 'error.network';
  // A newer server may send a code this client does not know yet.
  if (error instanceof ApiRequestError) return MESSAGE_BY_CODE[error.code] ?? 'error.unknown';
  return 'error.unknown';
}
