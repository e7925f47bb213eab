import { isApiErrorBody, isErrorReason, type ErrorCode, type ErrorReason, type FieldProblem } from '@shared/errors';

/** The server answered with an error body (or an error status without one). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** The server's precise reason; null without an error body, or for a reason newer than this client. */
    readonly reason: ErrorReason | null = null,
  ) {
    super(message);
  }
}

/** The request never got an HTTP answer: offline, server down, connection reset. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** When a proxy or a crash answers without our error body, the status still says what happened. */
function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return 'internal';
}

function urlOf(path: string, query: RequestOptions['query']): string {
  // Absolute against the page so the same code runs in the browser and in jsdom.
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: hasBody
        ? { Accept: 'application/json', 'Content-Type': 'application/json' }
        : { Accept: 'application/json' },
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(`${method} ${path} failed: ${String(cause)}`, { cause });
  }

  return readApiResponse<T>(response, method, path);
}

/**
 * An answer's JSON, or the error it carries in the one error shape. Without our error body (a
 * proxy, a crash), `fallbackCode` names it from the status.
 */
export async function readApiResponse<T>(
  response: Response,
  method: string,
  path: string,
  fallbackCode: (status: number) => ErrorCode = codeForStatus,
): Promise<T> {
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  if (isApiErrorBody(payload)) {
    const { code, reason, message, fields } = payload.error;
    throw new ApiRequestError(response.status, code, message, fields ?? [], isErrorReason(reason) ? reason : null);
  }
  throw new ApiRequestError(
    response.status,
    fallbackCode(response.status),
    `${method} ${path}: HTTP ${response.status}`,
  );
}
