import { fillPath } from '@shared/contract/paths';
import type { ResponseOf, RouteInput } from '@shared/contract/route';
import type { widgetRoutes } from '@shared/contract/widget.contract';
import type { ErrorCode } from '@shared/errors';
import { NetworkError, readApiResponse } from '../../api/http';

/** What the visitor is told when an answer carries no error body: the widget only tells these apart. */
function widgetFallbackCode(status: number): ErrorCode {
  return status === 429
    ? 'rate_limited'
    : status === 413
      ? 'payload_too_large'
      : status === 404
        ? 'not_found'
        : 'unavailable';
}

/** The widget calls only its own public routes (imported alone: the chat page loads no other schema). */
type WidgetRoute = (typeof widgetRoutes)[keyof typeof widgetRoutes];

/**
 * The visitor's HTTP calls: public endpoints, plus the visitor token as a bearer for their own
 * conversation. No cookies: the chat page may live in an iframe on any site.
 */
export async function callWidgetApi<R extends WidgetRoute>(
  route: R,
  input: RouteInput<R>,
  options: { token?: string | null } = {},
): Promise<ResponseOf<R>> {
  const { body } = input as { body?: unknown };
  const path = fillPath(route.path, undefined);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI).toString(), {
      method: route.method,
      credentials: 'omit',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new NetworkError(`${route.method} ${path} failed: ${String(cause)}`, { cause });
  }
  return readApiResponse<ResponseOf<R>>(response, route.method, path, widgetFallbackCode);
}
