import type { z } from 'zod';
import { allRoutes, pathParamNames } from '@shared/contract';
import { createHttpApp } from '../../server/src/http/http-app';
import { createLogger } from '../../server/src/log/logger';
import { startTestServer, type TestServer } from '../support/test-server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.dispose());

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** `METHOD /path` for every route express really serves, nested routers included. */
function registeredRoutes(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    const own = layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : '';
    if (layer.route) {
      return Object.keys(layer.route.methods)
        .filter((method) => method !== '_all')
        .map((method) => `${method.toUpperCase()} ${prefix}${layer.route!.path}`);
    }
    return layer.handle.stack ? registeredRoutes(layer.handle.stack, prefix + own) : [];
  });
}

const unique = (items: string[]) => [...new Set(items)].sort();

describe('the API contract is the whole API', () => {
  it('express serves exactly the routes shared/contract declares under /api', () => {
    // The same app the server runs, on the running server's own services.
    const app = createHttpApp({
      services: t.server.services,
      store: t.server.store,
      logger: createLogger('silent'),
      version: 'test',
      startedAt: Date.now(),
      cookieSecure: false,
      trustProxy: false,
      clientDistDir: '/nonexistent',
      chatAllowedOrigins: [],
    });
    const served = unique(
      registeredRoutes(app.router.stack as unknown as Layer[]).filter((entry) =>
        entry.split(' ')[1]!.startsWith('/api/'),
      ),
    );
    const declared = unique(allRoutes.map((route) => `${route.method} ${route.path}`));
    expect(served).toEqual(declared);
  });

  it('declares each route once', () => {
    const keys = allRoutes.map((route) => `${route.method} ${route.path}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('declares a params schema naming exactly the path parameters', () => {
    for (const route of allRoutes) {
      const names = pathParamNames(route.path).sort();
      const declared = route.params ? Object.keys((route.params as z.ZodObject).shape).sort() : [];
      expect({ route: route.path, params: declared }).toEqual({ route: route.path, params: names });
    }
  });

  it('reads no body on GET and DELETE, and answers a body unless it says 204', () => {
    for (const route of allRoutes) {
      if (route.method === 'GET' || route.method === 'DELETE')
        expect({ route: route.path, body: route.body }).toEqual({ route: route.path, body: undefined });
      expect({ route: `${route.method} ${route.path}`, noBody: route.response === null }).toEqual({
        route: `${route.method} ${route.path}`,
        noBody: route.status === 204,
      });
    }
  });
});
