import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { agentSchema } from '@shared/schemas/agent';
import { buildAgent } from '../factories/agents';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

/** A raw GET: fetch() would decompress and hide what travelled on the wire. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** What a build leaves in dist/client: the pages, a hashed bundle and its (hidden) source map. */
const BUNDLE = `${'export const line = "a bundle line the compressor will shrink";\n'.repeat(400)}`;

describe('the client as delivered: compression, cache headers, no source maps', () => {
  let dist: string;
  let t: TestServer;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(
      path.join(dist, 'index.html'),
      '<!doctype html><title>desk</title><script type="module" src="/assets/desk-Ab12Cd34.js"></script>',
    );
    await writeFile(path.join(dist, 'chat.html'), '<!doctype html><title>chat</title>');
    await writeFile(path.join(dist, 'assets', 'desk-Ab12Cd34.js'), BUNDLE);
    await writeFile(
      path.join(dist, 'assets', 'desk-Ab12Cd34.js.map'),
      JSON.stringify({ version: 3, sources: ['../../client/src/main.tsx'], sourcesContent: ['secret source'] }),
    );
    await writeFile(path.join(dist, 'stray.js.map'), '{}');
    t = await startTestServer({ env: { CLIENT_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.dispose();
    await rm(dist, { recursive: true, force: true });
  });

  it('gzips a large hashed asset when asked, caches it for a year as immutable, and sends it plain to a client that does not ask', async () => {
    const zipped = await rawGet(`${t.url}/assets/desk-Ab12Cd34.js`, { 'accept-encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.body.length).toBeLessThan(BUNDLE.length / 10);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(BUNDLE);

    const plain = await rawGet(`${t.url}/assets/desk-Ab12Cd34.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(BUNDLE);
  });

  it('gzips a JSON answer of the API when asked', async () => {
    const supervisor = await buildAgent(t.server.store.db, { role: 'supervisor' });
    for (let i = 0; i < 15; i += 1) await buildAgent(t.server.store.db);
    const api = new ApiClient(t.url);
    await api.login(supervisor.email, supervisor.password);

    const answer = await rawGet(`${t.url}/api/agents`, { 'accept-encoding': 'gzip', cookie: api.cookie! });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['content-encoding']).toBe('gzip');
    const roster = z
      .object({ items: z.array(agentSchema) })
      .parse(JSON.parse(gunzipSync(answer.body).toString('utf8')));
    expect(roster.items.map((a) => a.email)).toContain(supervisor.email);
    expect(roster.items.length).toBeGreaterThanOrEqual(16);
  });

  it('asks the browser to revalidate the pages and the widget loader on every load', async () => {
    for (const page of ['/', '/index.html', '/some/client/route', '/chat', '/chat.html', '/widget.js']) {
      const res = await rawGet(`${t.url}${page}`);
      expect({ page, status: res.status, cacheControl: res.headers['cache-control'] }).toEqual({
        page,
        status: 200,
        cacheControl: 'no-cache',
      });
    }
  });

  it('never serves a source map, under /assets or anywhere else', async () => {
    for (const map of ['/assets/desk-Ab12Cd34.js.map', '/stray.js.map']) {
      const res = await rawGet(`${t.url}${map}`);
      expect({ map, status: res.status }).toEqual({ map, status: 404 });
      expect(res.body.toString('utf8')).not.toContain('secret source');
    }
  });
});
