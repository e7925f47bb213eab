import type { Logger } from '../../../log/logger';
import type { CallSignalSink } from '../call-signal';
import type { ReconnectPolicy } from './ami-backoff';
import { AmiCallTracker } from './ami-call-tracker';
import { AmiClient, type AmiLinkStatus } from './ami-client';
import { SignalDelivery } from './ami-signal-delivery';

export type { AmiLinkStatus } from './ami-client';

export interface AmiAdapterOptions {
  host: string;
  port: number;
  username: string;
  secret: string;
  /** The configured PBX these calls belong to (`CallSignal.pbxId`). */
  pbxId: string;
  sink: CallSignalSink;
  logger: Logger;
  /** Keep-alive period; default 20 s. */
  pingIntervalMs?: number;
  /** How long Login/Ping may go unanswered; default 10 s. */
  actionTimeoutMs?: number;
  /** From TCP connect to the greeting; default 10 s. */
  connectTimeoutMs?: number;
  reconnect?: Partial<ReconnectPolicy>;
  /** Dialplan contexts of internal phones (direction rule); default: decide by extension pattern. */
  internalContexts?: readonly string[];
  /** What an extension looks like; default 2 to 6 digits. */
  extensionPattern?: RegExp;
  /** A call signal the sink has not stored after this long is logged and skipped; default 30 s. */
  ingestTimeoutMs?: number;
}

export interface AmiAdapter {
  /** Logs off, closes the link, waits for signals already handed to the sink. */
  stop(): Promise<void>;
  status(): AmiLinkStatus;
}

/** Connects to Asterisk's AMI and feeds the call events it reports to the call service. */
export function startAmiAdapter(options: AmiAdapterOptions): AmiAdapter {
  const logger = options.logger.child({ channel: 'ami', pbxId: options.pbxId });
  const tracker = new AmiCallTracker({
    pbxId: options.pbxId,
    internalContexts: options.internalContexts,
    extensionPattern: options.extensionPattern,
  });
  const delivery = new SignalDelivery(options.sink, logger, options.ingestTimeoutMs);
  const client = new AmiClient({
    host: options.host,
    port: options.port,
    username: options.username,
    secret: options.secret,
    logger,
    pingIntervalMs: options.pingIntervalMs,
    actionTimeoutMs: options.actionTimeoutMs,
    connectTimeoutMs: options.connectTimeoutMs,
    reconnect: options.reconnect,
    onEvent: (event) => {
      for (const signal of tracker.handle(event)) delivery.deliver(signal);
    },
  });
  client.start();
  return {
    status: () => client.status(),
    stop: async () => {
      await client.stop();
      await delivery.drain();
    },
  };
}
