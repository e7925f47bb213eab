import net from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../log/logger';
import { DEFAULT_RECONNECT, reconnectDelay, type ReconnectPolicy } from './ami-backoff';
import { AmiFrameParser, DEFAULT_MAX_MESSAGE_BYTES } from './ami-frame-parser';
import { amiField, formatAmiAction, type AmiMessage } from './ami-message';

export type AmiLinkStatus = 'connecting' | 'connected' | 'disconnected';

export interface AmiClientOptions {
  host: string;
  port: number;
  username: string;
  secret: string;
  logger: Logger;
  /** Every AMI event, in wire order. Must not throw (errors are logged and swallowed anyway). */
  onEvent: (event: AmiMessage) => void;
  onStatus?: (status: AmiLinkStatus) => void;
  /** Keep-alive `Ping` period. Default 20 s. */
  pingIntervalMs?: number;
  /** How long an action (Login, Ping) may go unanswered before the link is declared dead. Default 10 s. */
  actionTimeoutMs?: number;
  /** From TCP connect to the greeting. Default 10 s. */
  connectTimeoutMs?: number;
  reconnect?: Partial<ReconnectPolicy>;
  maxMessageBytes?: number;
  /** Jitter source; tests may pin it. */
  random?: () => number;
}

interface Pending {
  resolve: (response: AmiMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * An AMI client over node:net that keeps itself connected: greeting -> Login -> events, Ping
 * every `pingIntervalMs`, and on any close, error, timeout or refused login a fresh connection
 * after a capped exponential backoff with jitter. It never throws at its owner; problems are logged.
 */
export class AmiClient {
  private readonly policy: ReconnectPolicy;
  private readonly actionPrefix = `omnidesk-${randomUUID().slice(0, 8)}`;
  private actionCounter = 0;
  private socket: net.Socket | null = null;
  private state: AmiLinkStatus = 'disconnected';
  private readonly pending = new Map<string, Pending>();
  private connectTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private loginRefused = false;
  private started = false;
  private stopping: Promise<void> | null = null;

  constructor(private readonly options: AmiClientOptions) {
    // Keys given as undefined (config not set) keep their defaults.
    const given = Object.entries(options.reconnect ?? {}).filter(([, value]) => value !== undefined);
    this.policy = { ...DEFAULT_RECONNECT, ...(Object.fromEntries(given) as Partial<ReconnectPolicy>) };
  }

  status(): AmiLinkStatus {
    return this.state;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.connect();
  }

  /** Logs off politely when logged in, closes the socket, cancels every timer. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  /** Sends an action and resolves with its response (matched by ActionID); rejects on timeout or a lost link. */
  sendAction(
    fields: ReadonlyArray<readonly [string, string]>,
    timeoutMs = this.options.actionTimeoutMs ?? 10_000,
  ): Promise<AmiMessage> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new Error('AMI not connected'));
    const actionId = `${this.actionPrefix}-${++this.actionCounter}`;
    return new Promise<AmiMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(actionId);
        reject(new Error(`AMI action ${fields[0]?.[1] ?? ''} got no response`));
      }, timeoutMs);
      this.pending.set(actionId, { resolve, reject, timer });
      const [action, ...rest] = fields;
      socket.write(formatAmiAction([...(action ? [action] : []), ['ActionID', actionId], ...rest]));
    });
  }

  private connect(): void {
    if (this.stopping) return;
    this.setStatus('connecting');
    const { host, port, logger } = this.options;
    const parser = new AmiFrameParser(this.options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
    const socket = net.createConnection({ host, port });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 30_000);
    this.connectTimer = setTimeout(() => {
      logger.warn({ host, port }, 'AMI: no greeting/login in time, dropping the connection');
      socket.destroy();
    }, this.options.connectTimeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      for (const frame of parser.feed(chunk)) {
        if (frame.type === 'greeting') this.login(frame.version);
        else if (frame.type === 'oversized')
          logger.warn({ bytes: frame.bytes }, 'AMI: message over the size cap dropped');
        else this.dispatch(frame.message);
      }
    });
    // 'close' always follows 'error'; the listener is what keeps an error from crashing the process.
    socket.on('error', (error) => logger.warn({ host, port, err: error.message }, 'AMI: connection error'));
    socket.on('close', () => this.onClose(socket));
  }

  private login(version: string): void {
    const socket = this.socket;
    this.options.logger.debug({ version }, 'AMI: greeting received, logging in');
    this.sendAction([
      ['Action', 'Login'],
      ['Username', this.options.username],
      ['Secret', this.options.secret],
      ['Events', 'on'],
    ]).then(
      (response) => {
        if ((amiField(response, 'Response') ?? '').toLowerCase() !== 'success') {
          this.loginRefused = true;
          this.options.logger.error(
            { host: this.options.host, message: amiField(response, 'Message') },
            'AMI: login refused; check AMI_USER / AMI_SECRET (retrying slowly)',
          );
          socket?.destroy();
          return;
        }
        if (socket !== this.socket) return; // closed while the answer was on its way
        this.clearTimer('connectTimer');
        this.attempt = 0;
        this.loginRefused = false;
        this.setStatus('connected');
        this.options.logger.info({ host: this.options.host, version }, 'AMI: logged in');
        this.schedulePing();
      },
      (error: Error) => {
        if (socket !== this.socket) return; // the link closed first; onClose already handles it
        this.options.logger.warn({ err: error.message }, 'AMI: login got no answer');
        socket?.destroy();
      },
    );
  }

  private dispatch(message: AmiMessage): void {
    const actionId = amiField(message, 'ActionID');
    const pending =
      actionId !== undefined && amiField(message, 'Response') !== undefined ? this.pending.get(actionId) : undefined;
    if (pending && actionId !== undefined) {
      clearTimeout(pending.timer);
      this.pending.delete(actionId);
      pending.resolve(message);
      return;
    }
    if (amiField(message, 'Event') === undefined) return; // a response nobody waits for any more
    try {
      this.options.onEvent(message);
    } catch (error) {
      this.options.logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        'AMI: event handler failed',
      );
    }
  }

  private schedulePing(): void {
    const socket = this.socket;
    this.pingTimer = setTimeout(() => {
      this.pingTimer = null;
      this.sendAction([['Action', 'Ping']]).then(
        () => {
          if (socket === this.socket && !this.stopping) this.schedulePing();
        },
        (error: Error) => {
          if (socket !== this.socket) return;
          this.options.logger.warn({ err: error.message }, 'AMI: keep-alive failed, reconnecting');
          socket?.destroy();
        },
      );
    }, this.options.pingIntervalMs ?? 20_000);
  }

  private onClose(socket: net.Socket): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.clearTimer('connectTimer');
    this.clearTimer('pingTimer');
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error('AMI connection closed'));
      this.pending.delete(id);
    }
    this.setStatus('disconnected');
    if (this.stopping) return;
    const delay = reconnectDelay(this.policy, this.attempt++, this.loginRefused, this.options.random ?? Math.random);
    this.options.logger.info({ host: this.options.host, delayMs: delay }, 'AMI: disconnected, reconnecting');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private async shutdown(): Promise<void> {
    this.clearTimer('reconnectTimer');
    this.clearTimer('pingTimer');
    const socket = this.socket;
    if (!socket) return;
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    if (this.state === 'connected') {
      // Logoff is a courtesy (Asterisk logs a clean log-off); not worth delaying a shutdown for.
      await this.sendAction([['Action', 'Logoff']], 1_000).catch(() => undefined);
      socket.end();
    } else {
      socket.destroy();
    }
    const force = setTimeout(() => socket.destroy(), 1_000);
    await closed;
    clearTimeout(force);
  }

  private clearTimer(name: 'connectTimer' | 'pingTimer' | 'reconnectTimer'): void {
    const timer = this[name];
    if (timer) clearTimeout(timer);
    this[name] = null;
  }

  private setStatus(status: AmiLinkStatus): void {
    if (status === this.state) return;
    this.state = status;
    this.options.onStatus?.(status);
  }
}
