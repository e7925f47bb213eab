/**
 * One error shape for the whole product. Every HTTP error body and every failed socket
 * acknowledgement is `{ error: ApiError }`. The code is stable (clients switch on it);
 * the message is English for logs, clients translate by code.
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

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `body` or `addresses.0.city`; empty for the whole body. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldProblem[];
}

export interface ApiErrorBody {
  error: ApiError;
}

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code];
}

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
