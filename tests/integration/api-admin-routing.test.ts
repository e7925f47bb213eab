import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let admin: ApiClient;
let supervisor: ApiClient;
let agent: ApiClient;

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const weekdays = [['08:00', '22:00']];
const frontDesk = {
  name: 'Accueil',
  channels: ['voice', 'chat'],
  requiredSkills: ['general', 'fr'],
  priority: 2,
  timeZone: 'Europe/Paris',
  businessHours: {
    mon: weekdays,
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: weekdays,
    sat: [['09:00', '17:30']],
  },
  serviceLevelPercent: 80,
  serviceLevelSeconds: 20,
};

const client = async (role: 'admin' | 'supervisor' | 'agent') => {
  const c = new ApiClient(t.url);
  await c.login((await buildAgent(t.server.store.db, { role })).email, TEST_PASSWORD);
  return c;
};

beforeAll(async () => {
  t = await startTestServer();
  admin = await client('admin');
  supervisor = await client('supervisor');
  agent = await client('agent');
});
afterAll(() => t.dispose());

const fieldPaths = (res: { body: { error?: { fields?: { path: string }[] } } }) =>
  (res.body.error?.fields ?? []).map((f) => f.path);

describe('queue administration', () => {
  it('admins create a queue open weekdays 08:00-22:00 and Saturday 09:00-17:30 in Paris, and read it back', async () => {
    const created = await admin.post('/api/admin/queues', frontDesk);
    expect(created.status).toBe(201);
    expect(created.body.queue).toEqual({
      id: expect.any(String),
      ...frontDesk,
      businessHours: { ...frontDesk.businessHours, sun: [] },
      afterHoursAction: 'wait',
    });
    const listed = (await admin.get('/api/admin/queues')).body.items;
    expect(listed).toContainEqual(created.body.queue);
    const taken = await admin.post('/api/admin/queues', frontDesk);
    expect(taken.status).toBe(409);
    expect(apiErrorOf(taken.body)).toMatchObject({ reason: 'queue_name_taken', fields: [{ path: 'name' }] });
  });

  it('refuses a bad time zone, overlapping hours and an unknown channel, naming the field', async () => {
    const badZone = await admin.post('/api/admin/queues', { ...frontDesk, name: 'Z', timeZone: 'Europe/Atlantis' });
    expect(badZone.status).toBe(400);
    expect(fieldPaths(badZone)).toEqual(['timeZone']);

    const overlap = await admin.post('/api/admin/queues', {
      ...frontDesk,
      name: 'O',
      businessHours: {
        mon: [
          ['08:00', '12:30'],
          ['12:00', '18:00'],
        ],
      },
    });
    expect(overlap.status).toBe(400);
    expect(fieldPaths(overlap)).toEqual(['businessHours.mon.1']);

    const backwards = await admin.post('/api/admin/queues', {
      ...frontDesk,
      name: 'B',
      businessHours: { tue: [['18:00', '08:00']] },
    });
    expect(fieldPaths(backwards)).toEqual(['businessHours.tue.0']);

    const fax = await admin.post('/api/admin/queues', { ...frontDesk, name: 'F', channels: ['voice', 'fax'] });
    expect(fax.status).toBe(400);
    expect(fieldPaths(fax)).toEqual(['channels.1']);

    const extra = await admin.post('/api/admin/queues', { ...frontDesk, name: 'E', colour: 'red' });
    expect(fieldPaths(extra)).toEqual(['colour']);
    const names: string[] = (await admin.get('/api/admin/queues')).body.items.map((q: { name: string }) => q.name);
    expect(names.filter((name) => ['Z', 'O', 'B', 'F', 'E'].includes(name))).toEqual([]);
  });

  it('updates only the fields sent, and refuses a name another queue has', async () => {
    const { queue } = (await admin.post('/api/admin/queues', { ...frontDesk, name: 'Support N2' })).body;
    const updated = await admin.request('PUT', `/api/admin/queues/${queue.id}`, {
      priority: -3,
      requiredSkills: ['billing'],
      timeZone: 'Indian/Reunion',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.queue).toMatchObject({
      name: 'Support N2',
      priority: -3,
      requiredSkills: ['billing'],
      timeZone: 'Indian/Reunion',
      channels: ['voice', 'chat'],
    });
    expect((await admin.request('PUT', `/api/admin/queues/${queue.id}`, { name: 'Accueil' })).status).toBe(409);
    expect(fieldPaths(await admin.request('PUT', `/api/admin/queues/${queue.id}`, { priority: 11 }))).toEqual([
      'priority',
    ]);
    const missing = await admin.request('PUT', `/api/admin/queues/${MISSING_ID}`, { priority: 1 });
    expect(missing.status).toBe(404);
    expect(apiErrorOf(missing.body).reason).toBe('queue_not_found');
  });

  it('lets supervisors read queues but not change them; agents see nothing', async () => {
    expect((await supervisor.get('/api/admin/queues')).status).toBe(200);
    expect((await supervisor.post('/api/admin/queues', { ...frontDesk, name: 'Sup' })).status).toBe(403);
    const { queue } = (await admin.post('/api/admin/queues', { ...frontDesk, name: 'Supervised' })).body;
    expect((await supervisor.request('PUT', `/api/admin/queues/${queue.id}`, { priority: 1 })).status).toBe(403);
    expect((await agent.get('/api/admin/queues')).status).toBe(403);
    expect((await agent.post('/api/admin/queues', { ...frontDesk, name: 'Agent' })).status).toBe(403);
  });
});

describe('agent skills and capacity', () => {
  it('updates an agent’s skills and chat capacity, and the change persists', async () => {
    const target = await buildAgent(t.server.store.db, { role: 'agent', skills: ['general'] });
    const res = await admin.request('PUT', `/api/admin/agents/${target.id}/routing`, {
      skills: ['general', 'billing'],
      capacity: { voice: 1, chat: 4, email: 5 },
    });
    expect(res.status).toBe(200);
    expect(res.body.agent).toEqual({
      id: target.id,
      displayName: target.displayName,
      email: target.email,
      role: 'agent',
      skills: ['general', 'billing'],
      capacity: { voice: 1, chat: 4, email: 5 },
      keepsChatsDuringCall: true,
    });
    const listed = (await supervisor.get('/api/admin/agents')).body.items;
    expect(listed).toContainEqual(res.body.agent);

    const focused = await admin.request('PUT', `/api/admin/agents/${target.id}/routing`, {
      skills: ['general'],
      capacity: { voice: 1, chat: 3, email: 5 },
      keepsChatsDuringCall: false,
    });
    expect(focused.body.agent).toMatchObject({ keepsChatsDuringCall: false });
    // Left out, it stays as it was.
    const unchanged = await admin.request('PUT', `/api/admin/agents/${target.id}/routing`, {
      skills: ['general'],
      capacity: { voice: 1, chat: 3, email: 5 },
    });
    expect(unchanged.body.agent).toMatchObject({ keepsChatsDuringCall: false });
    expect(
      fieldPaths(
        await admin.request('PUT', `/api/admin/agents/${target.id}/routing`, {
          skills: [],
          capacity: { voice: 1, chat: 3, email: 5 },
          keepsChatsDuringCall: 'yes',
        }),
      ),
    ).toEqual(['keepsChatsDuringCall']);
  });

  it('refuses bad capacities and skills, naming the field, and unknown agents', async () => {
    const target = await buildAgent(t.server.store.db);
    const url = `/api/admin/agents/${target.id}/routing`;
    expect(
      fieldPaths(await admin.request('PUT', url, { skills: [], capacity: { voice: 2, chat: 3, email: 5 } })),
    ).toEqual(['capacity.voice']);
    expect(
      fieldPaths(await admin.request('PUT', url, { skills: [], capacity: { voice: 1, chat: 7, email: 5 } })),
    ).toEqual(['capacity.chat']);
    expect(
      fieldPaths(
        await admin.request('PUT', url, { skills: ['Billing Team'], capacity: { voice: 1, chat: 3, email: 5 } }),
      ),
    ).toEqual(['skills.0']);
    expect((await admin.request('PUT', url, { skills: [], capacity: { voice: 0, chat: 0, email: 0 } })).status).toBe(
      200,
    );
    expect(
      (
        await admin.request('PUT', `/api/admin/agents/${MISSING_ID}/routing`, {
          skills: [],
          capacity: { voice: 1, chat: 3, email: 5 },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await admin.request('PUT', '/api/admin/agents/not-a-uuid/routing', {
          skills: [],
          capacity: { voice: 1, chat: 3, email: 5 },
        })
      ).status,
    ).toBe(400);
  });

  it('lets supervisors read agents but not change them; agents are refused', async () => {
    const target = await buildAgent(t.server.store.db);
    const body = { skills: ['general'], capacity: { voice: 1, chat: 2, email: 5 } };
    expect((await supervisor.get('/api/admin/agents')).status).toBe(200);
    expect((await supervisor.request('PUT', `/api/admin/agents/${target.id}/routing`, body)).status).toBe(403);
    expect((await agent.get('/api/admin/agents')).status).toBe(403);
    expect((await agent.request('PUT', `/api/admin/agents/${target.id}/routing`, body)).status).toBe(403);
  });
});
