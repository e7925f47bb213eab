import { fillCannedReply } from '@shared/utils/canned-reply-placeholders';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { apiErrorOf } from '../support/api-error';

let t: TestServer;
let admin: ApiClient;
let supervisor: ApiClient;
let agent: ApiClient;
let agentIdentity: BuiltAgent;

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

const signedIn = async (who: BuiltAgent) => {
  const c = new ApiClient(t.url);
  await c.login(who.email, TEST_PASSWORD);
  return c;
};

beforeAll(async () => {
  t = await startTestServer();
  const db = t.server.store.db;
  admin = await signedIn(await buildAgent(db, { role: 'admin' }));
  supervisor = await signedIn(await buildAgent(db, { role: 'supervisor' }));
  agentIdentity = await buildAgent(db, { role: 'agent', displayName: 'Camille Laurent' });
  agent = await signedIn(agentIdentity);
});
afterAll(() => t.dispose());

const fieldPaths = (res: { body: { error?: { fields?: { path: string }[] } } }) =>
  (res.body.error?.fields ?? []).map((f) => f.path);
const put = (c: ApiClient, id: string, body: unknown) => c.request('PUT', `/api/admin/canned-replies/${id}`, body);
const retire = (c: ApiClient, id: string) => c.request('DELETE', `/api/admin/canned-replies/${id}`);
const adminList = async () =>
  (await admin.get('/api/admin/canned-replies')).body.items as Array<{ id: string; title: string; active: boolean }>;
const agentSees = async (locale: 'fr' | 'en', q?: string) =>
  (await agent.get(`/api/chats/canned-replies?locale=${locale}${q ? `&q=${encodeURIComponent(q)}` : ''}`)).body
    .items as Array<{ id: string; title: string; body: string }>;

describe('canned replies administration', () => {
  it('lists the seeded replies, in use, for admins and supervisors', async () => {
    const items = await adminList();
    expect(items).toContainEqual({
      id: expect.any(String),
      title: 'Bonjour',
      body: 'Bonjour {visitorName}, je suis {agentName}. Comment puis-je vous aider ?',
      locale: 'fr',
      tags: ['accueil'],
      position: 10,
      active: true,
      createdAt: expect.any(String),
    });
    const read = await supervisor.get('/api/admin/canned-replies');
    expect(read.status).toBe(200);
    expect(read.body.items).toEqual(items);
  });

  it('an admin creates a reply that agents find at once, with the names filled in as the desk does', async () => {
    const created = await admin.post('/api/admin/canned-replies', {
      title: '  Livraison  ',
      body: 'Bonjour {visitorName}, {agentName} vérifie votre livraison.',
      locale: 'fr',
      tags: ['Livraison', 'suivi', 'livraison'],
      position: 5,
    });
    expect(created.status).toBe(201);
    expect(created.body.reply).toMatchObject({
      title: 'Livraison',
      locale: 'fr',
      tags: ['livraison', 'suivi'],
      position: 5,
      active: true,
    });

    const seen = await agentSees('fr', 'livraison');
    expect(seen.map((reply) => reply.id)).toEqual([created.body.reply.id]);
    expect(fillCannedReply(seen[0]!.body, { agentName: agentIdentity.displayName, visitorName: 'Marie' })).toBe(
      'Bonjour Marie, Camille Laurent vérifie votre livraison.',
    );
    expect((await agentSees('en')).map((reply) => reply.id)).not.toContain(created.body.reply.id);
  });

  it('without position or tags, a new reply comes after the others', async () => {
    const created = await admin.post('/api/admin/canned-replies', {
      title: 'Thanks',
      body: 'Thanks for waiting.',
      locale: 'en',
    });
    expect(created.status).toBe(201);
    expect(created.body.reply).toMatchObject({ tags: [], position: 100 });
    expect((await agentSees('en')).at(-1)!.id).toBe(created.body.reply.id);
  });

  it('an admin edits a reply; only the fields sent change', async () => {
    const { reply } = (
      await admin.post('/api/admin/canned-replies', {
        title: 'Refund',
        body: 'Your refund is on its way.',
        locale: 'en',
        tags: ['billing'],
      })
    ).body;
    const edited = await put(admin, reply.id, { body: 'Your refund is on its way, {visitorName}.', position: 15 });
    expect(edited.status).toBe(200);
    expect(edited.body.reply).toEqual({ ...reply, body: 'Your refund is on its way, {visitorName}.', position: 15 });
    expect((await agentSees('en', 'refund'))[0]!.body).toBe('Your refund is on its way, {visitorName}.');
    expect((await put(admin, MISSING_ID, { position: 1 })).status).toBe(404);
  });

  it('a retired reply leaves the agents’ list but stays listed for admins, and can be put back', async () => {
    const { reply } = (
      await admin.post('/api/admin/canned-replies', {
        title: 'Parking',
        body: 'Le parking est au sous-sol.',
        locale: 'fr',
      })
    ).body;
    expect((await retire(admin, reply.id)).status).toBe(204);

    expect((await agentSees('fr')).map((r) => r.id)).not.toContain(reply.id);
    expect((await adminList()).find((r) => r.id === reply.id)).toMatchObject({ title: 'Parking', active: false });
    expect((await retire(admin, MISSING_ID)).status).toBe(404);

    expect((await put(admin, reply.id, { active: true })).body.reply.active).toBe(true);
    expect((await agentSees('fr')).map((r) => r.id)).toContain(reply.id);
  });

  it('refuses a second reply in use with the same title and language, naming the title', async () => {
    const duplicate = await admin.post('/api/admin/canned-replies', {
      title: 'bonjour',
      body: 'Salut !',
      locale: 'fr',
    });
    expect(duplicate.status).toBe(409);
    expect(apiErrorOf(duplicate.body)).toMatchObject({ code: 'conflict', reason: 'canned_reply_title_taken' });
    expect(fieldPaths(duplicate)).toEqual(['title']);
    expect(
      (await admin.post('/api/admin/canned-replies', { title: 'Bonjour', body: 'Bonjour (en anglais)', locale: 'en' }))
        .status,
    ).toBe(201);

    const goodbye = (await adminList()).find((r) => r.title === 'Au revoir')!;
    const renamed = await put(admin, goodbye.id, { title: 'Un instant' });
    expect(renamed.status).toBe(409);
    expect(fieldPaths(renamed)).toEqual(['title']);
    expect((await adminList()).find((r) => r.id === goodbye.id)!.title).toBe('Au revoir');
  });

  it('two admins saving the same new title at once get one reply and one 409', async () => {
    const reply = { title: 'Same time', body: 'Saved twice at once.', locale: 'en' };
    const answers = await Promise.all([
      admin.post('/api/admin/canned-replies', reply),
      admin.post('/api/admin/canned-replies', reply),
    ]);
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409]);
    expect((await adminList()).filter((r) => r.title === 'Same time')).toHaveLength(1);
  });

  it('a retired title may be used again, but the retired one cannot then be put back', async () => {
    const { reply: old } = (
      await admin.post('/api/admin/canned-replies', {
        title: 'Horaires',
        body: 'Nous sommes ouverts de 9 h à 18 h.',
        locale: 'fr',
      })
    ).body;
    await retire(admin, old.id);
    expect(
      (
        await admin.post('/api/admin/canned-replies', {
          title: 'Horaires',
          body: 'Nous sommes ouverts de 8 h à 20 h.',
          locale: 'fr',
        })
      ).status,
    ).toBe(201);

    const back = await put(admin, old.id, { active: true });
    expect(back.status).toBe(409);
    expect(fieldPaths(back)).toEqual(['title']);
  });

  it('refuses bad input and unknown placeholders with the field paths, and changes nothing', async () => {
    const before = await adminList();
    const cases: Array<[unknown, string[]]> = [
      [{ title: '', body: 'x', locale: 'fr' }, ['title']],
      [{ title: 'T'.repeat(101), body: 'x', locale: 'fr' }, ['title']],
      [{ title: 'Long', body: 'x'.repeat(2001), locale: 'fr' }, ['body']],
      [{ title: 'Nom', body: 'Bonjour {nom}, je suis {agentName}.', locale: 'fr' }, ['body']],
      [{ title: 'Casse', body: 'Hello {visitorname}', locale: 'en' }, ['body']],
      [{ title: 'Accolade', body: 'Hello {visitorName', locale: 'en' }, ['body']],
      [{ title: 'Langue', body: 'Hallo', locale: 'de' }, ['locale']],
      [{ title: 'Tags', body: 'x', locale: 'fr', tags: ['a b'] }, ['tags.0']],
      [{ title: 'Tags', body: 'x', locale: 'fr', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, ['tags']],
      [{ title: 'Position', body: 'x', locale: 'fr', position: -1 }, ['position']],
      [{ title: 'Retired', body: 'x', locale: 'fr', active: false }, ['active']],
      [{ body: 'x', locale: 'fr' }, ['title']],
    ];
    for (const [body, paths] of cases) {
      const res = await admin.post('/api/admin/canned-replies', body);
      expect({ body, status: res.status, paths: fieldPaths(res) }).toEqual({ body, status: 400, paths });
    }
    const unknown = await admin.post('/api/admin/canned-replies', {
      title: 'Nom',
      body: 'Bonjour {nom}',
      locale: 'fr',
    });
    expect(unknown.body.error.fields[0].message).toContain('{nom}');

    const hello = before.find((r) => r.title === 'Hello')!;
    const badEdit = await put(admin, hello.id, { body: 'Hi {customerName}' });
    expect(badEdit.status).toBe(400);
    expect(fieldPaths(badEdit)).toEqual(['body']);
    expect((await put(admin, 'not-a-uuid', { position: 1 })).status).toBe(400);
    expect(await adminList()).toEqual(before);
  });

  it('supervisors read but cannot write; agents are refused', async () => {
    const hello = (await adminList()).find((r) => r.title === 'Hello')!;
    const reply = { title: 'Nope', body: 'Nope', locale: 'en' };
    expect((await supervisor.post('/api/admin/canned-replies', reply)).status).toBe(403);
    expect((await put(supervisor, hello.id, { title: 'Hi' })).status).toBe(403);
    expect((await retire(supervisor, hello.id)).status).toBe(403);
    expect((await agent.get('/api/admin/canned-replies')).status).toBe(403);
    expect((await agent.post('/api/admin/canned-replies', reply)).status).toBe(403);
    expect((await retire(agent, hello.id)).status).toBe(403);
    expect((await new ApiClient(t.url).get('/api/admin/canned-replies')).status).toBe(401);
    expect((await adminList()).find((r) => r.id === hello.id)).toMatchObject({ title: 'Hello', active: true });
  });
});
