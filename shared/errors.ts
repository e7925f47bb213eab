import { z } from 'zod';

/**
 * One error shape for the whole product. Every HTTP error body and every failed socket
 * acknowledgement is `{ error: ApiError }`: a stable `code` (the HTTP status family, for clients
 * that only need the kind of failure), a precise machine-readable `reason` (clients pick the
 * user's message by it) and an English `message` for logs. Clients never read the message.
 */
export const ERROR_CODES = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Every reason the server can give, each with the one code it belongs to. A new throw site that
 * needs a new meaning adds its reason here; the client's message tables then fail to compile
 * (and a unit test fails) until the reason has a message in each language.
 */
export const ERROR_REASONS = {
  // Input that does not fit the declared schema, or a rule on one field.
  invalid_input: 'validation_failed',
  unsupported_encoding: 'validation_failed',
  transfer_to_self: 'validation_failed',
  queue_channel_mismatch: 'validation_failed',
  timeline_cursor_invalid: 'validation_failed',
  case_not_open: 'validation_failed',
  disposition_unknown: 'validation_failed',
  phone_withheld: 'validation_failed',
  withheld_number_not_blockable: 'validation_failed',
  topic_unknown: 'validation_failed',
  phone_not_callable: 'validation_failed',
  malformed_json: 'malformed_json',
  payload_too_large: 'payload_too_large',
  unsupported_media_type: 'unsupported_media_type',

  // Who is asking.
  sign_in_required: 'unauthenticated',
  chat_link_expired: 'unauthenticated',
  cti_token_invalid: 'unauthenticated',
  cti_signature_invalid: 'unauthenticated',
  invalid_credentials: 'invalid_credentials',
  role_required: 'forbidden',
  origin_not_allowed: 'forbidden',
  call_wrap_up_not_yours: 'forbidden',
  case_close_not_allowed: 'forbidden',

  // What is asked for does not exist (or is not the asker's to see).
  agent_not_found: 'not_found',
  offer_not_found: 'not_found',
  contact_not_found: 'not_found',
  queue_not_found: 'not_found',
  customer_not_found: 'not_found',
  case_not_found: 'not_found',
  call_not_found: 'not_found',
  chat_not_found: 'not_found',
  conversation_not_found: 'not_found',
  canned_reply_not_found: 'not_found',
  blocked_number_not_found: 'not_found',
  disposition_not_found: 'not_found',
  pbx_not_found: 'not_found',
  route_not_found: 'route_not_found',

  // The thing exists but its state refuses the request.
  offer_already_decided: 'conflict',
  offer_expired: 'conflict',
  agent_at_capacity: 'conflict',
  contact_not_transferable: 'conflict',
  contact_state_conflict: 'conflict',
  transfer_already_pending: 'conflict',
  queue_closed: 'conflict',
  queue_name_taken: 'conflict',
  call_not_in_wrap_up: 'conflict',
  call_not_missed: 'conflict',
  chat_not_active: 'conflict',
  chat_not_closable: 'conflict',
  chat_ended: 'conflict',
  chat_not_ended: 'conflict',
  case_already_closed: 'conflict',
  case_has_open_contacts: 'conflict',
  canned_reply_title_taken: 'conflict',
  pbx_name_taken: 'conflict',

  // Too often.
  sign_in_throttled: 'rate_limited',
  chat_start_throttled: 'rate_limited',
  chat_messages_throttled: 'rate_limited',

  // Our side.
  internal: 'internal',
  service_unavailable: 'unavailable',
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;
export type ReasonOf<C extends ErrorCode> = {
  [R in ErrorReason]: (typeof ERROR_REASONS)[R] extends C ? R : never;
}[ErrorReason];

export const ALL_ERROR_REASONS = Object.keys(ERROR_REASONS) as ErrorReason[];

/**
 * The reasons the visitor's chat widget can meet on its own routes and socket namespace (public
 * config, start, leave a message, callback, transcript, conversation, send/end/sync).
 */
export const VISITOR_ERROR_REASONS = [
  'invalid_input',
  'unsupported_encoding',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'topic_unknown',
  'phone_not_callable',
  'chat_link_expired',
  'origin_not_allowed',
  'conversation_not_found',
  'route_not_found',
  'chat_ended',
  'chat_not_ended',
  'chat_start_throttled',
  'chat_messages_throttled',
  'internal',
  'service_unavailable',
] as const satisfies readonly ErrorReason[];

export type VisitorErrorReason = (typeof VISITOR_ERROR_REASONS)[number];

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(ERROR_REASONS, value);
}

export function codeOfReason(reason: ErrorReason): ErrorCode {
  return ERROR_REASONS[reason];
}

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `body` or `addresses.0.city`; empty for the whole body. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  reason: ErrorReason;
  message: string;
  fields?: FieldProblem[];
}

export interface ApiErrorBody {
  error: ApiError;
}

export const fieldProblemSchema = z.strictObject({ path: z.string(), message: z.string() });

/** The error body exactly as this server sends it; the reason must belong to the code. */
export const apiErrorSchema = z
  .strictObject({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    reason: z.enum(ALL_ERROR_REASONS as [ErrorReason, ...ErrorReason[]]),
    message: z.string().min(1),
    fields: z.array(fieldProblemSchema).optional(),
  })
  .refine((error) => ERROR_REASONS[error.reason] === error.code, {
    message: 'the reason does not belong to the code',
    path: ['reason'],
  });

export const apiErrorBodySchema = z.strictObject({ error: apiErrorSchema });

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code];
}

/**
 * Lenient on purpose: a newer server may send a code or reason this client does not know yet;
 * the reader keeps them and the message tables fall back.
 */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as { error: unknown }).error === 'object' &&
    (value as { error: { code?: unknown } }).error !== null &&
    typeof (value as { error: { code?: unknown } }).error.code === 'string'
  );
}

/** Socket acknowledgements: the same error shape as HTTP. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
