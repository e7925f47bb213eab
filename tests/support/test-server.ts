import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config/config';
import { createLogger } from '../../server/src/log/logger';
import { startServer, type RunningServer } from '../../server/src/app';
import { createTestStore } from './test-store';

export interface TestServer {
  server: RunningServer;
  url: string;
  dispose(): Promise<void>;
}

/**
 * A real server on a free port, on a fresh store (PGlite in memory, or a throw-away database on
 * the PostgreSQL server when DATABASE_URL is set), without demo data unless asked.
 */
export async function startTestServer(options: { env?: Record<string, string> } = {}): Promise<TestServer> {
  const { store, dispose: disposeStore } = await createTestStore();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'omnidesk-test-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SHUTDOWN_GRACE_MS: '2000',
    SOCKET_ADAPTER: 'none',
    // Tests run routing passes, offer expiry and wrap-up sweeps themselves, when they mean to.
    BACKGROUND_JOBS: 'false',
    ...options.env,
  });
  const server = await startServer(config, createLogger(config.logLevel), { store });
  return {
    server,
    url: server.url,
    async dispose() {
      await server.stop();
      await disposeStore();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
