import { setupServer } from 'msw/node';

/** One MSW server per test file: listening before, reset between, closed after. */
export function startMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    window.localStorage.clear();
  });
  afterAll(() => server.close());
  return server;
}
