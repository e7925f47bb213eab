import { cases, queues } from '../../server/src/db/schema';
import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { buildCustomer } from '../factories/customers';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.dispose());

describe('cases needing a supervisor (field note 4)', () => {
  it('lists open cases that are overdue, owned only by a queue, or have no due time; not the others', async () => {
    const db = t.server.store.db;
    const camille = await buildAgent(db, { displayName: 'Camille Laurent' });
    const supervisor = await buildAgent(db, { role: 'supervisor' });
    const [queue] = await db
      .insert(queues)
      .values({ name: 'Réclamations', channels: ['voice', 'email'], businessHours: { mon: [['08:00', '22:00']] } })
      .returning();
    const emilie = await buildCustomer(db, { givenName: 'Émilie', familyName: 'Dupin' });
    const hour = 3600_000;
    await db.insert(cases).values([
      {
        customerId: emilie.id,
        subject: 'En retard',
        ownerAgentId: camille.id,
        dueAt: new Date(Date.now() - 2 * hour),
        category: 'complaint',
        priority: 2,
      },
      { customerId: emilie.id, subject: 'Dans la file', ownerQueueId: queue!.id, dueAt: new Date(Date.now() + hour) },
      { customerId: emilie.id, subject: 'Sans échéance', ownerAgentId: camille.id },
      {
        customerId: emilie.id,
        subject: 'Dans les temps',
        ownerAgentId: camille.id,
        dueAt: new Date(Date.now() + hour),
      },
      {
        customerId: emilie.id,
        subject: 'Clos en retard',
        ownerAgentId: camille.id,
        dueAt: new Date(Date.now() - hour),
        status: 'closed',
      },
    ]);

    const agentApi = new ApiClient(t.url);
    await agentApi.login(camille.email, TEST_PASSWORD);
    expect((await agentApi.get('/api/cases/attention')).status).toBe(403);

    const api = new ApiClient(t.url);
    await api.login(supervisor.email, TEST_PASSWORD);
    const res = await api.get('/api/cases/attention');
    expect(res.status).toBe(200);
    const bySubject = Object.fromEntries(res.body.items.map((c: { subject: string }) => [c.subject, c]));
    expect(Object.keys(bySubject).sort()).toEqual(['Dans la file', 'En retard', 'Sans échéance']);
    expect(res.body.items[0].subject).toBe('En retard');
    expect(bySubject['En retard']).toMatchObject({
      reasons: ['overdue'],
      owner: { kind: 'agent', name: 'Camille Laurent' },
      customer: { name: 'Émilie Dupin' },
    });
    expect(bySubject['En retard'].overdueSeconds).toBeGreaterThanOrEqual(7190);
    expect(bySubject['Dans la file']).toMatchObject({
      reasons: ['no_person_owner'],
      owner: { kind: 'queue', name: 'Réclamations' },
      overdueSeconds: 0,
    });
    expect(bySubject['Sans échéance'].reasons).toEqual(['no_due_time']);
    expect((await api.get('/api/cases/attention?limit=0')).status).toBe(400);
  });
});
