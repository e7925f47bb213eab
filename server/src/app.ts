import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config/config';
import { resolveSessionSecret } from './config/session-secret';
import type { Logger } from './log/logger';
import { migrateStore, openStore, type Store } from './db/store';
import { ROOT_DIR } from './root-dir';
import { EventBus } from './events/bus';
import { createHttpApp } from './http/http-app';
import { createSocketServer } from './realtime/socket-server';
import { attachAdapter } from './realtime/socket-adapter';
import type { DeskServer } from './realtime/socket-types';
import { seedDemo } from './seed/demo-seed';
import { ensureDemoChatTopics } from './seed/demo-chat-topics';
import { createServices, type Services } from './services/services';
import { createPbxService } from './services/pbx.service';
import { startAmiAdapter, type AmiAdapter } from './channels/cti/ami/ami-adapter';
import { serverJobs, startScheduler } from './jobs';

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  bus: EventBus;
  services: Services;
  io: DeskServer;
  httpServer: HttpServer;
  /** The Asterisk link, when AMI_* is configured (this process then sends the PBX commands). */
  ami: AmiAdapter | null;
  /** Graceful: stop accepting, finish in-flight requests, close sockets, then the store. */
  stop(): Promise<void>;
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function startServer(
  config: Config,
  logger: Logger,
  options: { store?: Store } = {},
): Promise<RunningServer> {
  const startedAt = Date.now();
  const sessionSecret = await resolveSessionSecret(config.sessionSecret, config.dataDir);
  const store =
    options.store ??
    (await openStore({
      databaseUrl: config.databaseUrl,
      pgliteDir: path.join(config.dataDir, 'pglite'),
      onConnectionError: (err) => logger.warn({ err }, 'database connection lost; the pool will reconnect'),
    }));
  await migrateStore(store);
  logger.info({ store: store.kind }, 'store ready, migrations applied');

  if (config.seedDemo) {
    const result = await seedDemo(store.db, { demoPassword: config.demoPassword, logger });
    await ensureDemoChatTopics(store.db);
    if (result.seeded) {
      // The demo PBX's token is printed once, here; it is stored hashed (or set your own with CTI_TOKEN).
      const { token } = await createPbxService({ db: store.db }).create('Standard démo', null);
      logger.info(
        { login: 'agent1@demo.local', passwordFrom: 'DEMO_PASSWORD (default demo)', ctiWebhook: `/api/cti/${token}` },
        'demo contact centre ready',
      );
    }
  }

  const bus = new EventBus((err, event) => logger.error({ err, event }, 'domain event listener failed'));
  const services = createServices({
    db: store.db,
    bus,
    sessionSecret,
    sessionTtlMs: config.sessionTtlMs,
    phone: config.phone,
    offerTimeoutMs: config.offerTimeoutMs,
    maxMissedOffers: config.maxMissedOffers,
    ownerGraceMs: config.ownerGraceMs,
    chat: {
      visitorMessagesPerMinute: config.chat.visitorMessagesPerMinute,
      conversationsPerHourPerIp: config.chat.conversationsPerHourPerIp,
      timeZone: config.chat.timeZone,
    },
  });
  const stopChatAssignment = services.chatAssignment.listen((err) => logger.error({ err }, 'chat assignment failed'));
  const app = createHttpApp({
    services,
    store,
    logger,
    version: readVersion(),
    startedAt,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    clientDistDir: config.clientDistDir,
    chatAllowedOrigins: config.chat.allowedOrigins,
  });
  const httpServer = createServer(app);
  const { io, detach } = createSocketServer(httpServer, {
    cards: services.cards,
    bus,
    auth: services.auth,
    pops: services.pops,
    offers: services.offers,
    contactQueue: services.contactQueue,
    logger,
    chat: {
      chatAgents: services.chatAgents,
      chatVisitors: services.chatVisitors,
      chatAssignment: services.chatAssignment,
      allowedOrigins: config.chat.allowedOrigins,
    },
  });
  if (config.ctiToken) {
    await services.pbx.register('CTI_TOKEN', config.ctiToken.token, config.ctiToken.signingSecret);
    logger.info({ pbx: 'CTI_TOKEN', signed: config.ctiToken.signingSecret !== null }, 'CTI webhook token registered');
  }
  const closeAdapter = await attachAdapter(io, {
    kind: config.socketAdapter,
    pool: store.pool,
    redisUrl: config.redisUrl,
    logger,
  });

  let ami: AmiAdapter | null = null;
  if (config.ami) {
    const { internalContexts, pbxName, transferContext, ...link } = config.ami;
    const pbxId = await services.pbx.ensureNamed(pbxName, 'ami');
    ami = startAmiAdapter({
      ...link,
      ...(internalContexts ? { internalContexts } : {}),
      pbxId,
      sink: services.calls,
      logger,
      // Only this process holds the link, so only it sends the transfer commands; any process may write them.
      commands: {
        source: services.callMoves,
        context: transferContext,
        subscribe: (kick) => bus.on('pbx.commandQueued', (queued) => queued.pbxId === pbxId && kick()),
      },
    });
    logger.info({ host: link.host, port: link.port, pbx: pbxName }, 'AMI adapter started');
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ port, url, store: store.kind, adapter: config.socketAdapter }, 'omnidesk listening');

  const jobs = startScheduler(
    serverJobs({ services, bus, wrapUpSeconds: config.wrapUpSeconds }, { backgroundJobs: config.backgroundJobs }),
    logger,
  );

  let stopping: Promise<void> | null = null;
  async function stop(): Promise<void> {
    stopping ??= (async () => {
      // No new job run starts; one under way finishes while the HTTP side drains, before the store closes.
      const jobsStopped = jobs.stop();
      detach();
      stopChatAssignment();
      const forced = setTimeout(() => httpServer.closeAllConnections(), config.shutdownGraceMs);
      forced.unref();
      // io.close() disconnects every socket and closes the HTTP server, which stops accepting and
      // resolves once in-flight requests have finished.
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      clearTimeout(forced);
      await jobsStopped;
      // Signals already received from the PBX are stored before the store closes.
      await ami?.stop();
      await closeAdapter();
      if (!options.store) await store.close();
      logger.info('omnidesk stopped');
    })();
    return stopping;
  }

  return { url, port, store, bus, services, io, httpServer, ami, stop };
}
