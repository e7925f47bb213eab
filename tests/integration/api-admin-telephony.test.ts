import { buildAgent, TEST_PASSWORD } from '../factories/agents';
import { postCti } from '../support/cti';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let admin: ApiClient;
let agent: ApiClient;

beforeAll(async () => {
  t = await startTestServer();
  admin = new ApiClient(t.url);
  await admin.login((await buildAgent(t.server.store.db, { role: 'admin' })).email, TEST_PASSWORD);
  agent = new ApiClient(t.url);
  await agent.login((await buildAgent(t.server.store.db, { role: 'agent', extension: '1001' })).email, TEST_PASSWORD);
});
afterAll(() => t.dispose());

describe('telephony administration', () => {
  it('admins create a PBX whose token works at once, shown only in that answer, and revoke it', async () => {
    expect((await agent.post('/api/admin/pbx', { name: 'Nope' })).status).toBe(403);
    const created = await admin.post('/api/admin/pbx', { name: 'Siège Lyon' });
    expect(created.status).toBe(201);
    const { pbx, token } = created.body;
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const listed = (await admin.get('/api/admin/pbx')).body.items;
    expect(listed).toEqual([
      expect.objectContaining({ id: pbx.id, name: 'Siège Lyon', signed: false, revokedAt: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await postCti(t.url, token, { event: 'hangup', callId: 'x1' })).status).toBe(200);
    const sameName = await admin.post('/api/admin/pbx', { name: 'Siège Lyon' });
    expect(sameName.status).toBe(409);
    expect(apiErrorOf(sameName.body).reason).toBe('pbx_name_taken');
    expect((await admin.request('DELETE', `/api/admin/pbx/${pbx.id}`)).status).toBe(204);
    expect((await postCti(t.url, token, { event: 'hangup', callId: 'x2' })).status).toBe(401);
  });

  it('blocks a number in every way it can be written', async () => {
    const { token } = (await admin.post('/api/admin/pbx', { name: 'Blocking test' })).body;
    const blocked = await admin.post('/api/admin/blocked-numbers', {
      number: '06 99 88 77 66',
      reason: 'appels malveillants',
    });
    expect(blocked.status).toBe(201);
    expect(blocked.body.blocked).toMatchObject({ value: '+33699887766', reason: 'appels malveillants' });
    const ring = await postCti(t.url, token, {
      event: 'newCall',
      callId: 'b1',
      from: '+33 6 99 88 77 66',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    expect(ring.body).toEqual({ action: 'reject', reason: 'busy' });
    const withheld = await admin.post('/api/admin/blocked-numbers', { number: 'anonymous' });
    expect(withheld.status).toBe(400);
    expect(apiErrorOf(withheld.body)).toMatchObject({
      reason: 'withheld_number_not_blockable',
      fields: [{ path: 'number' }],
    });
    expect((await admin.request('DELETE', `/api/admin/blocked-numbers/${blocked.body.blocked.id}`)).status).toBe(204);
    const again = await postCti(t.url, token, {
      event: 'newCall',
      callId: 'b2',
      from: '0699887766',
      to: '0170000000',
      direction: 'in',
      user: '1001',
    });
    expect(again.body).toEqual({});
  });

  it('an admin’s desk can read the call lists (and gets no error banner)', async () => {
    expect((await admin.get('/api/calls/mine')).status).toBe(200);
    expect((await admin.get('/api/calls/missed')).status).toBe(200);
  });

  it('edits the wrap-up dispositions agents choose from', async () => {
    const saved = await admin.request('PUT', '/api/admin/dispositions', {
      code: 'appointment_booked',
      labelFr: 'Rendez-vous pris',
      labelEn: 'Appointment booked',
      position: 5,
    });
    expect(saved.status).toBe(200);
    const list = (await agent.get('/api/dispositions')).body.items;
    expect(list[0]).toEqual({
      code: 'appointment_booked',
      label: { fr: 'Rendez-vous pris', en: 'Appointment booked' },
    });
    expect(
      (await admin.request('PUT', '/api/admin/dispositions', { code: 'Bad Code', labelFr: 'x', labelEn: 'x' })).body
        .error.fields[0].path,
    ).toBe('code');
    expect((await admin.request('DELETE', '/api/admin/dispositions/appointment_booked')).status).toBe(204);
    expect((await agent.get('/api/dispositions')).body.items.map((d: { code: string }) => d.code)).not.toContain(
      'appointment_booked',
    );
  });
});
