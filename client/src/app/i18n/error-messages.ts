import type { ErrorCode, ErrorReason } from '@shared/errors';
import { ApiRequestError, NetworkError } from '../../api/http';
import type { MessageKey } from './en';
import type { PlainMessageKey } from './translate';

/** Each reason's message key; a reason of the registry without a message does not compile. */
export type ReasonMessageKey = `reason.${ErrorReason}`;
type MissingReasonMessage = Exclude<ReasonMessageKey, MessageKey>;
const everyReasonHasAMessage: [MissingReasonMessage] extends [never] ? true : MissingReasonMessage = true;
void everyReasonHasAMessage;

export function reasonMessageKey(reason: ErrorReason): ReasonMessageKey & PlainMessageKey {
  return `reason.${reason}`;
}

/** Only for an answer without a known reason: a proxy's bare status, or a reason newer than this client. */
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

/** Users read errors by their reason, in their language; the server's English message is for logs. */
export function errorMessageKey(error: unknown): PlainMessageKey {
  if (error instanceof NetworkError) return 'error.network';
  if (error instanceof ApiRequestError) {
    if (error.reason) return reasonMessageKey(error.reason);
    // A newer server may send a code this client does not know yet.
    return MESSAGE_BY_CODE[error.code] ?? 'error.unknown';
  }
  return 'error.unknown';
}
