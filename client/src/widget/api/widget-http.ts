import type { ErrorCode } from '@shared/errors';
import { NetworkError, readApiResponse } from '../../api/http';

/** What the visitor is told when an answer carries no error body: the widget only tells these apart. */
function widgetFallbackCode(status: number): ErrorCode {
  return status === 429 ? 'rate_limited' : status === 413 ? 'payload_too_large' : status === 404 ? 'not_found' : 'unavailable';
}

/**
 * The visitor's HTTP calls: public endpoints, plus the visitor token as a bearer for their own
 * conversation. No cookies: the chat page may live in an iframe on any site.
 */
export async function widgetRequest<T>(method: 'GET' | 'POST', path: string, options: { token?: string | null; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI).toString(), {
      method,
      credentials: 'omit',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cause) {
    throw new NetworkError(`${method} ${path} failed: ${String(cause)}`, { cause });
  }
  return readApiResponse<T>(response, method, path, widgetFallbackCode);
}
