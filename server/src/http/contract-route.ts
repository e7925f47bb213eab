import type { Request, RequestHandler, Response, Router } from 'express';
import type { BodyOf, ParamsOf, QueryOf, ResponseIn, RouteSpec } from '@shared/contract';
import { fieldProblems } from '@shared/utils/field-problems';
import { parseInput } from '../validation';

/** What a route's handler gets: its input parsed by the contract's schemas. */
export interface RouteContext<R extends RouteSpec> {
  params: ParamsOf<R>;
  query: QueryOf<R>;
  body: BodyOf<R>;
  req: Request;
  /** For headers only (cookies); the helper sends the answer. */
  res: Response;
  /** Answer with one of the route's `otherStatuses` instead of its usual one. */
  status(code: number): void;
}

export type RouteHandler<R extends RouteSpec> = (context: RouteContext<R>) => Promise<ResponseIn<R>>;

/** Outside production every answer is checked against its schema, so drift fails the suite. */
const checkResponses = process.env.NODE_ENV !== 'production';

/** The contract's paths start with `/api`, where the API router is mounted. */
export function routerPathOf(route: RouteSpec): string {
  return route.path.replace(/^\/api(?=\/)/, '');
}

/** Parses the request's params, query and body with the route's schemas (same 400s as `parseInput`). */
export function parseRouteInput<R extends RouteSpec>(
  route: R,
  req: Request,
): Pick<RouteContext<R>, 'params' | 'query' | 'body'> {
  const params = route.params ? parseInput(route.params, req.params, 'params') : undefined;
  const query = route.query ? parseInput(route.query, req.query, 'query') : undefined;
  const raw = route.bodyOptional ? (req.body ?? {}) : req.body;
  const body = route.body ? parseInput(route.body, raw, 'body') : undefined;
  return { params, query, body } as Pick<RouteContext<R>, 'params' | 'query' | 'body'>;
}

/** Throws (a logged 500) when an answer does not match what the contract promises. */
export function checkResponse(route: RouteSpec, status: number, payload: unknown): void {
  if (!checkResponses) return;
  if (status !== route.status && !route.otherStatuses?.includes(status)) {
    throw new Error(
      `${route.method} ${route.path} answered ${status}; the contract declares ${[route.status, ...(route.otherStatuses ?? [])].join(', ')}`,
    );
  }
  if (!route.response) return;
  const result = route.response.safeParse(payload);
  if (!result.success) {
    const problems = fieldProblems(result.error).map((f) => `${f.path || '(root)'}: ${f.message}`);
    throw new Error(
      `${route.method} ${route.path} answered a body its contract does not declare: ${problems.join('; ')}`,
    );
  }
}

/**
 * Mounts one contract route on the API router: its method and path, the given middleware
 * (roles, CORS…), input parsed by its schemas, the handler's answer sent with its status.
 */
export function mountRoute<R extends RouteSpec>(
  router: Router,
  route: R,
  middleware: RequestHandler[],
  handler: RouteHandler<R>,
): void {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  router[method](routerPathOf(route), ...middleware, async (req: Request, res: Response) => {
    let status = route.status;
    const input = parseRouteInput(route, req);
    const payload = await handler({
      ...input,
      req,
      res,
      status: (code) => {
        status = code;
      },
    });
    checkResponse(route, status, payload);
    if (route.response === null) {
      res.status(status).end();
    } else {
      res.status(status).json(payload);
    }
  });
}
