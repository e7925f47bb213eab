import { codeOfReason, type ErrorReason } from '@shared/errors';

/**
 * A refused socket handshake. socket.io hands `message` and `data` to the client's
 * `connect_error`; the message stays the code (as before) and `data` carries code and reason.
 */
export function refusal(reason: ErrorReason): Error & { data: { code: string; reason: ErrorReason } } {
  const code = codeOfReason(reason);
  return Object.assign(new Error(code), { data: { code, reason } });
}
