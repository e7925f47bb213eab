import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiClient } from '../support/http';

// The checkout, from this file's place: `npm start` runs there, whatever folder Jest was started from.
const root = path.resolve(__dirname, '../..');
// A safety net, not a performance bound: two `npm start` runs (tsx compiles the server each time)
// take 15-50 s on two cores shared with the other Jest worker.
jest.setTimeout(180_000);

/**
 * The real entry point, as `npm start` runs it: demo seeding on first start, JSON logs, graceful
 * stop on SIGTERM, and data that survives a restart (PGlite on disk under DATA_DIR).
 */
interface Started {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

function startProcess(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      CLIENT_DIST_DIR: path.join(dataDir, 'no-client'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'omnidesk listening')
          resolve({ child, url: `http://127.0.0.1:${entry.port}`, lines, exited });
      }
    });
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${errors}`)));
  });
}

describe('npm start: the server process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-process-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('seeds the demo centre, logs JSON lines, stops on SIGTERM and keeps everything across a restart', async () => {
    const first = await startProcess(dataDir);
    const api = new ApiClient(first.url);
    const agent = await api.login('agent1@demo.local', 'demo');
    expect(agent.role).toBe('agent');
    const found = await api.get('/api/customers?q=%2B33142685300');
    expect(found.body.items).toHaveLength(1);
    const customerId = found.body.items[0].id as string;
    const note = await api.post(`/api/customers/${customerId}/timeline`, { body: 'Noté avant le redémarrage' });
    expect(note.status).toBe(201);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const messages = first.lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(
      expect.arrayContaining(['demo contact centre ready', 'shutting down', 'omnidesk stopped']),
    );

    const second = await startProcess(dataDir);
    const again = new ApiClient(second.url);
    again.cookie = api.cookie;
    try {
      // Same secret, same store: the session and the note are still there, and nothing is seeded twice.
      const page = await again.get(`/api/customers/${customerId}/timeline?limit=1`);
      expect(page.status).toBe(200);
      expect(page.body.items[0].body).toBe('Noté avant le redémarrage');
      expect(second.lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).not.toContain(
        'demo contact centre ready',
      );
      const customers = await again.get('/api/customers?q=%2B33142685300');
      expect(customers.body.items).toHaveLength(1);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('refuses to start on a bad setting, naming it', async () => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: 'eighty', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(errors).toMatch(/PORT/);
  });
});
