import type { Logger } from '../../../log/logger';
import type { CallSignalSink } from '../call-signal';
import type { ReconnectPolicy } from './ami-backoff';
import { AmiCallTracker } from './ami-call-tracker';
import { AmiClient, type AmiLinkStatus } from './ami-client';
import { SignalDelivery } from './ami-signal-delivery';
import { AmiCommandRelay } from './ami-command-relay';
import type { PbxCommandSource } from '../pbx-command';

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
  /** Transfer commands to send to this PBX (the outbox); without it the adapter only listens. */
  commands?: {
    source: PbxCommandSource;
    /** Dialplan context agents' extensions are dialled in. */
    context: string;
    /** Calls `kick` when a command for this PBX was just written; returns the unsubscribe. */
    subscribe: (kick: () => void) => () => void;
    pollMs?: number;
  };
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
  let relay: AmiCommandRelay | null = null;
  const client: AmiClient = new AmiClient({
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
      relay?.observe(event);
    },
    // Commands that waited while the link was down go out as soon as it is back.
    onStatus: (status) => status === 'connected' && relay?.kick(),
  });
  let unsubscribe: () => void = () => undefined;
  if (options.commands) {
    const commands = options.commands;
    relay = new AmiCommandRelay({
      pbxId: options.pbxId,
      source: commands.source,
      send: (fields) => client.sendAction(fields),
      connected: () => client.status() === 'connected',
      legsOf: (callId) => tracker.legsOf(callId),
      context: commands.context,
      logger,
      ...(commands.pollMs ? { pollMs: commands.pollMs } : {}),
    });
    const started = relay;
    unsubscribe = commands.subscribe(() => started.kick());
    started.start();
  }
  client.start();
  return {
    status: () => client.status(),
    stop: async () => {
      unsubscribe();
      await relay?.stop();
      await client.stop();
      await delivery.drain();
    },
  };
}
