import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer, buildOpenCase, buildTimelineHistory } from '../factories/customers';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

let t: TestServer;
let agent: BuiltAgent;
let api: ApiClient;
let emilie: { id: string };
let pieter: { id: string };

beforeAll(async () => {
  t = await startTestServer();
  const db = t.server.store.db;
  agent = await buildAgent(db, { displayName: 'Camille Laurent' });
  emilie = await buildCustomer(db, {
    givenName: 'Émilie',
    familyName: 'Dupin',
    phones: ['01 42 68 53 00', '06.12.34.56.78'],
    emails: ['Emilie.Dupin@example.fr'],
    accounts: ['ACC-104233'],
    addresses: [
      {
        role: 'home',
        line1: '12 rue des Lilas',
        postalCode: '75011',
        city: 'Paris',
        validFrom: '2015-01-01',
        validTo: '2026-03-31',
      },
      { role: 'home', line1: '3 avenue Foch', postalCode: '69006', city: 'Lyon', validFrom: '2026-04-01' },
      { role: 'billing', line1: '12 rue des Lilas', postalCode: '75011', city: 'Paris', validFrom: '2015-01-01' },
    ],
  });
  pieter = await buildCustomer(db, {
    givenName: 'Pieter',
    familyName: 'Van den Bossche',
    phones: ['+32 2 555 12 12', '+32 470 12 34 56'],
    emails: ['pieter@example.be'],
  });
  await buildCustomer(db, { givenName: 'Hélène', familyName: 'Dupin-Moreau', phones: ['0262 21 34 56'] });
  api = new ApiClient(t.url);
  await api.login(agent.email, TEST_PASSWORD);
});
afterAll(() => t.dispose());

const searchNames = async (q: string) => {
  const res = await api.get(`/api/customers?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items.map((i: { displayName: string }) => i.displayName).sort();
};

describe('customer search', () => {
  it.each([
    '01 42 68 53 00',
    '0142685300',
    '01.42.68.53.00',
    '+33 1 42 68 53 00',
    '0033142685300',
    '+33 (0)1 42 68 53 00',
    '06-12-34-56-78',
  ])('finds a customer by a phone number typed as %s', async (q) => {
    expect(await searchNames(q)).toEqual(['Émilie Dupin']);
  });

  it('finds a Belgian customer by a national Belgian number in a French centre (fallback region)', async () => {
    expect(await searchNames('02/555.12.12')).toEqual(['Pieter Van den Bossche']);
    expect(await searchNames('0032 2 555 12 12')).toEqual(['Pieter Van den Bossche']);
    // Also a valid French number: the Belgian reading is tried too.
    expect(await searchNames('0470 12 34 56')).toEqual(['Pieter Van den Bossche']);
  });

  it('finds by the last digits of a number', async () => {
    expect(await searchNames('68 53 00')).toEqual(['Émilie Dupin']);
  });

  it('finds by name without accents or case, and by several words', async () => {
    expect(await searchNames('dupin')).toEqual(['Hélène Dupin-Moreau', 'Émilie Dupin']);
    expect(await searchNames('EMILIE dup')).toEqual(['Émilie Dupin']);
    expect(await searchNames('van den')).toEqual(['Pieter Van den Bossche']);
  });

  it('finds by email, whatever its case, and by account number', async () => {
    expect(await searchNames('emilie.dupin@EXAMPLE.fr')).toEqual(['Émilie Dupin']);
    expect(await searchNames('acc-104233')).toEqual(['Émilie Dupin']);
  });

  it('says what matched and shows the primary phone, email and current city', async () => {
    const res = await api.get('/api/customers?q=0142685300');
    expect(res.body.items[0]).toMatchObject({
      id: emilie.id,
      matchedBy: 'phone',
      primaryPhone: '+33142685300',
      primaryEmail: 'emilie.dupin@example.fr',
      city: 'Lyon',
    });
  });

  it('treats LIKE wildcards and naughty strings as plain text', async () => {
    expect(await searchNames('%')).toEqual([]);
    expect(await searchNames('_')).toEqual([]);
    expect(await searchNames("'; drop table customers; --")).toEqual([]);
    expect(await searchNames('dupin')).toHaveLength(2);
  });
});

describe('customer card', () => {
  it('shows identities, addresses with roles and dates, and flags the billing address left behind', async () => {
    const res = await api.get(`/api/customers/${emilie.id}`);
    expect(res.status).toBe(200);
    const c = res.body.customer;
    expect(c.displayName).toBe('Émilie Dupin');
    expect(c.identities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'phone',
          value: '+33142685300',
          rawValue: '01 42 68 53 00',
          valid: true,
          primary: true,
        }),
        expect.objectContaining({
          kind: 'email',
          value: 'emilie.dupin@example.fr',
          rawValue: 'Emilie.Dupin@example.fr',
        }),
      ]),
    );
    expect(c.addresses).toHaveLength(3);
    expect(c.addresses[0]).toMatchObject({ role: 'home', city: 'Lyon', validFrom: '2026-04-01', validTo: null });
    expect(c.flags).toEqual([expect.objectContaining({ code: 'billing_address_mismatch' })]);
    expect(c.salutation).toBeNull();
  });

  it('lists open cases with their owner and flags an open complaint', async () => {
    const caseId = await buildOpenCase(t.server.store.db, pieter.id, {
      subject: 'Coupure injustifiée',
      category: 'complaint',
      ownerAgentId: agent.id,
      dueAt: new Date(Date.now() - 3600_000),
    });
    const c = (await api.get(`/api/customers/${pieter.id}`)).body.customer;
    expect(c.openCases).toEqual([
      expect.objectContaining({
        id: caseId,
        subject: 'Coupure injustifiée',
        overdue: true,
        owner: { kind: 'agent', id: agent.id, name: 'Camille Laurent' },
      }),
    ]);
    expect(c.flags).toEqual([{ code: 'open_complaint', caseId }]);
  });

  it('answers 404 for an unknown customer and 400 for a malformed id', async () => {
    expect((await api.get('/api/customers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await api.get('/api/customers/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('id');
  });
});

describe('timeline', () => {
  it('pages newest first with a keyset cursor, without gaps or repeats', async () => {
    const customer = await buildCustomer(t.server.store.db, { givenName: 'Long', familyName: 'History' });
    await buildTimelineHistory(t.server.store.db, customer.id, 95);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: Array<{ body: string }>; nextCursor: string | null } } =
        await api.get(`/api/customers/${customer.id}/timeline?limit=30${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i) => i.body));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 95 }, (_, i) => `history note ${95 - i}`));
  });

  it('appends a note carrying the agent’s id and name, and shows it first', async () => {
    const res = await api.post(`/api/customers/${emilie.id}/timeline`, {
      body: 'Client a déménagé à Lyon, facture toujours envoyée à Paris.',
    });
    expect(res.status).toBe(201);
    expect(res.body.event).toMatchObject({
      channel: 'note',
      type: 'note.added',
      actor: { kind: 'agent', id: agent.id, name: 'Camille Laurent' },
    });
    const page = await api.get(`/api/customers/${emilie.id}/timeline`);
    expect(page.body.items[0].id).toBe(res.body.event.id);
  });

  it('keeps the agent’s name as it was when the event happened', async () => {
    const before = await api.post(`/api/customers/${emilie.id}/timeline`, { body: 'avant' });
    const { agents } = await import('../../server/src/db/schema');
    const { eq } = await import('drizzle-orm');
    await t.server.store.db.update(agents).set({ displayName: 'Camille Laurent-Petit' }).where(eq(agents.id, agent.id));
    const page = await api.get(`/api/customers/${emilie.id}/timeline`);
    const stored = page.body.items.find((i: { id: string }) => i.id === before.body.event.id);
    expect(stored.actor.name).toBe('Camille Laurent');
  });

  it('refuses a cursor it did not make, and answers 404 for an unknown customer', async () => {
    const bad = await api.get(`/api/customers/${emilie.id}/timeline?cursor=abc`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('cursor');
    expect((await api.get('/api/customers/00000000-0000-4000-8000-000000000000/timeline')).status).toBe(404);
  });
});
