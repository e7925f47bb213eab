import type { RouteSpec } from './route';

/** The path's `:name` segments, in order. */
export function pathParamNames(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment.startsWith(':'))
    .map((segment) => segment.slice(1));
}

/** The concrete path: each `:name` replaced by its value, URL-encoded. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment;
      const value = params?.[segment.slice(1)];
      if (value === undefined || value === null) throw new Error(`${path}: missing path parameter ${segment}`);
      return encodeURIComponent(String(value));
    })
    .join('/');
}

/** The route whose path matches a concrete one (`/api/chats/123` matches `/api/chats/:id`); literal segments win over parameters. */
export function matchRoute<R extends RouteSpec>(
  routes: readonly R[],
  method: string,
  concretePath: string,
): R | undefined {
  const path = concretePath.split('?')[0]!;
  const segments = path.split('/');
  const candidates = routes.filter((r) => {
    if (r.method !== method.toUpperCase()) return false;
    const own = r.path.split('/');
    return (
      own.length === segments.length && own.every((segment, i) => segment.startsWith(':') || segment === segments[i])
    );
  });
  // `/api/chats/canned-replies` is the literal route, not `/api/chats/:id`.
  const literalCount = (r: R) => r.path.split('/').filter((segment) => !segment.startsWith(':')).length;
  return candidates.sort((a, b) => literalCount(b) - literalCount(a))[0];
}
