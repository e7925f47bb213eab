import {
  infiniteQueryOptions,
  queryOptions,
  type DataTag,
  type InfiniteData,
  type QueryKey,
} from '@tanstack/react-query';
// Paths and types only: the chat widget uses this module without loading the desk's routes.
import { fillPath } from '@shared/contract/paths';
import type { ResponseOf, RouteInput, RouteSpec } from '@shared/contract/route';
import { apiRequest } from './http';

type LooseInput = { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
type QueryValue = string | number | null | undefined;

/** The path with its parameters filled in, e.g. for a link to show (the CTI webhook's URL). */
export function routeUrl<R extends RouteSpec>(route: R, params: RouteInput<R>['params']): string {
  return fillPath(route.path, params as Record<string, unknown> | undefined);
}

/** Calls one route of the contract with the input its schemas accept; resolves to its typed answer. */
export function callApi<R extends RouteSpec>(
  route: R,
  input: RouteInput<R>,
  options: { signal?: AbortSignal } = {},
): Promise<ResponseOf<R>> {
  const { params, query, body } = input as LooseInput;
  return apiRequest<ResponseOf<R>>(route.method, fillPath(route.path, params), {
    query: query as Record<string, QueryValue> | undefined,
    body,
    signal: options.signal,
  });
}

/**
 * The cache key of a route: its path after `/api` with the parameters filled in, then the query
 * when one is given. Keys nest like paths, so `['customers', id]` is the prefix of that
 * customer's timeline and contacts, and `['calls']` of both call lists.
 */
export function routeKey(route: RouteSpec, input: { params?: object; query?: object } = {}): QueryKey {
  const { params, query } = input as LooseInput;
  const segments = route.path
    .replace(/^\/api\//, '')
    .split('/')
    .map((segment) => (segment.startsWith(':') ? String(params?.[segment.slice(1)]) : segment));
  const given = Object.fromEntries(
    Object.entries(query ?? {}).filter(([, value]) => value !== undefined && value !== null),
  );
  return Object.keys(given).length > 0 ? [...segments, given] : segments;
}

/**
 * A query on one route: the key from the contract, the call, and what the screens keep of the
 * answer (`select`, e.g. the list's items). The key is typed with that data, so
 * `getQueryData`/`setQueryData` on it need no annotation.
 */
export function routeQueryOptions<R extends RouteSpec, TData = ResponseOf<R>>(
  route: R,
  input: RouteInput<R>,
  select?: (response: ResponseOf<R>) => TData,
) {
  return queryOptions({
    queryKey: routeKey(route, input as LooseInput),
    queryFn: async ({ signal }): Promise<TData> => {
      const response = await callApi(route, input, { signal });
      return select ? select(response) : (response as unknown as TData);
    },
  });
}

/** A paged route read page by page (`cursor` in its query): the contract's key, typed pages. */
export function routeInfiniteQueryOptions<R extends RouteSpec>(
  route: R,
  input: RouteInput<R>,
  paging: {
    cursorOf: (pageParam: string | null) => Record<string, unknown>;
    nextCursor: (page: ResponseOf<R>) => string | null;
  },
) {
  const { params, query } = input as LooseInput;
  return infiniteQueryOptions<
    ResponseOf<R>,
    Error,
    InfiniteData<ResponseOf<R>, string | null>,
    QueryKey,
    string | null
  >({
    queryKey: routeKey(route, { params }),
    queryFn: ({ pageParam, signal }) =>
      callApi(route, { params, query: { ...query, ...paging.cursorOf(pageParam) } } as unknown as RouteInput<R>, {
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: paging.nextCursor,
  });
}

/**
 * A key for data the desk shapes itself (not a route's answer as is), declared once with its
 * type so every read and write on it is typed.
 */
export function keyOf<TData>(key: QueryKey): DataTag<QueryKey, TData> {
  return key as DataTag<QueryKey, TData>;
}
