import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

let t: TestServer;
let api: ApiClient;

beforeAll(async () => {
  t = await startTestServer();
  const agent = await buildAgent(t.server.store.db);
  api = new ApiClient(t.url);
  await api.login(agent.email, TEST_PASSWORD);
});
afterAll(() => t.dispose());

describe('server errors', () => {
  it('answer 500 with the error shape and never leak the stack or the cause', async () => {
    const spy = jest
      .spyOn(t.server.services.search, 'search')
      .mockRejectedValueOnce(new Error('connection to 10.0.0.7 lost at /srv/omnidesk/server/src/db/secret.ts:12'));
    const res = await api.get('/api/customers?q=dupin');
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal', reason: 'internal', message: expect.any(String) } });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/10\.0\.0\.7|secret\.ts|\bat \//);
    // The next request is served normally.
    expect((await api.get('/api/customers?q=dupin')).status).toBe(200);
  });
});
