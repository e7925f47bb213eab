import { allRoutes, apiErrorBodySchema, fillPath, matchRoute, type RouteInput, type RouteSpec } from '@shared/contract';
import type { z } from 'zod';

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely by default; each was checked against the contract before it is returned
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Every JSON answer of `/api` must be what the contract declares for its method and path: the
 * route's response on success, the one error shape otherwise. A path the contract does not know
 * may only answer `route_not_found`. The body handed back is the raw JSON (nothing stripped).
 */
export function checkAgainstContract(method: string, path: string, status: number, body: unknown): void {
  const pathname = path.split('?')[0]!;
  if (!pathname.startsWith('/api/')) return;
  const where = `${method} ${path} -> ${status}`;
  const route = matchRoute(allRoutes, method, pathname);
  const declared = route ? [route.status, ...(route.otherStatuses ?? [])] : [];
  // A declared status answers the route's response (the health check's 503 included).
  if (status >= 400 && !declared.includes(status)) {
    const parsed = apiErrorBodySchema.safeParse(body);
    if (!parsed.success)
      throw new Error(
        `${where}: the error body is not { error: { code, reason, message, fields? } } with a reason of that code: ${describe(parsed.error)}\n${JSON.stringify(body)}`,
      );
    if (!route && parsed.data.error.code !== 'route_not_found') {
      throw new Error(
        `${where}: no route of shared/contract matches ${method} ${pathname}, yet the server answered ${parsed.data.error.code}`,
      );
    }
    return;
  }
  if (!route) throw new Error(`${where}: no route of shared/contract matches ${method} ${pathname}`);
  if (!declared.includes(status))
    throw new Error(`${where}: the contract declares ${declared.join(' or ')} for ${route.method} ${route.path}`);
  if (route.response === null) {
    if (body !== null)
      throw new Error(`${where}: the contract declares no body, the server sent ${JSON.stringify(body)}`);
    return;
  }
  const parsed = route.response.safeParse(body);
  if (!parsed.success)
    throw new Error(
      `${where}: the body does not match ${route.method} ${route.path} in shared/contract: ${describe(parsed.error)}`,
    );
}

/** The body of a fetch answer: JSON when it is JSON, the text otherwise, null when empty. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/**
 * `fetch` for tests that need their own request (headers, content types, other origins): the answer
 * is checked against the contract like every ApiClient answer.
 */
export async function fetchApi(url: string, init: RequestInit = {}): Promise<ApiResponse> {
  const response = await fetch(url, init);
  const body = await readBody(response);
  const { pathname, search } = new URL(url);
  checkAgainstContract(init.method ?? 'GET', `${pathname}${search}`, response.status, body);
  return { status: response.status, body, headers: response.headers };
}

/** A tiny API client for tests: keeps the session cookie like a browser would. */
export class ApiClient {
  cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (this.cookie) (init.headers as Record<string, string>).cookie = this.cookie;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value.endsWith('=') ? null : value;
    }
    const parsed = await readBody(response);
    checkAgainstContract(method, path, response.status, parsed);
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** A contract route with its typed input (the answer is checked like any other). */
  async call<R extends RouteSpec>(route: R, input: RouteInput<R> = {} as RouteInput<R>): Promise<ApiResponse> {
    const { params, query, body } = input as {
      params?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined && value !== null) search.set(key, String(value));
    const path = fillPath(route.path, params) + (search.size ? `?${search}` : '');
    return this.request(route.method, path, body);
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown) {
    return this.request('POST', path, body);
  }

  async login(email: string, password: string) {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.agent;
  }
}
