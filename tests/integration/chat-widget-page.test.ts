import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { connectDesk } from '../support/desk-socket';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';
import { buildChatTopic, connectVisitor, openDesk, startedChat } from '../support/chat';

describe('the widget page and script', () => {
  let dist: string;
  let t: TestServer;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-dist-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>desk</title>');
    t = await startTestServer({ env: { CLIENT_DIST_DIR: dist, CHAT_ALLOWED_ORIGINS: 'https://shop.example' } });
  });
  afterAll(async () => {
    await t.dispose();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves /widget.js to any site and says clearly when /chat is not built; once built, /chat may be framed by the allowed sites only', async () => {
    const script = await fetch(`${t.url}/widget.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain("/chat' + params");

    const missing = await fetch(`${t.url}/chat`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain('npm run build');

    await writeFile(path.join(dist, 'chat.html'), '<!doctype html><title>chat</title>');
    const page = await fetch(`${t.url}/chat?embed=1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>chat</title>');
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors https://shop.example');
    expect(page.headers.get('x-frame-options')).toBeNull();
    // The desk itself is never framed.
    expect((await fetch(`${t.url}/`)).headers.get('x-frame-options')).toBe('DENY');
  });

  it('the visitor socket works from an allowed site; the desk socket refuses any other origin', async () => {
    const { topicId } = await buildChatTopic(t.server.store.db);
    const desk = await openDesk(t.url, t.server.store.db);
    try {
      const { token } = await startedChat(t.url, { topicId });
      const visitor = await connectVisitor(t.url, token, { origin: 'https://shop.example' });
      visitor.close();
      await expect(connectVisitor(t.url, token, { origin: 'https://evil.example' })).rejects.toThrow('forbidden');
      const api = new ApiClient(t.url);
      await api.login(desk.agent.email, desk.agent.password);
      await expect(
        new Promise((resolve, reject) => {
          // What a foreign page would do with the agent's cookie.
          const s = io(t.url, {
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
            extraHeaders: { cookie: api.cookie!, origin: 'https://evil.example' },
          });
          s.once('connect', () => {
            s.close();
            resolve('connected');
          });
          s.once('connect_error', (e) => {
            s.close();
            reject(e);
          });
        }),
      ).rejects.toThrow('forbidden');
      const same = await connectDesk(t.url, api.cookie);
      same.close();
    } finally {
      desk.socket.close();
    }
  });
});
