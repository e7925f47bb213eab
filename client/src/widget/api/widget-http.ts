import { isApiErrorBody } from '@shared/errors';
import { ApiRequestError, NetworkError } from '../../api/http';

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
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  if (response.ok) return payload as T;
  if (isApiErrorBody(payload)) throw new ApiRequestError(response.status, payload.error.code, payload.error.message, payload.error.fields ?? []);
  const code = response.status === 429 ? 'rate_limited' : response.status === 413 ? 'payload_too_large' : response.status === 404 ? 'not_found' : 'unavailable';
  throw new ApiRequestError(response.status, code, `${method} ${path}: HTTP ${response.status}`);
}
