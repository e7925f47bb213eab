import type { Logger } from '../../../log/logger';
import type { PbxCommand, PbxCommandSource } from '../pbx-command';
import { channelEndpoint } from './ami-call-parties';
import { amiEventName, amiField, type AmiMessage } from './ami-message';
import { planTransferAction, type CallLegs } from './ami-transfer-actions';

export interface AmiCommandRelayOptions {
  pbxId: string;
  source: PbxCommandSource;
  /** The AMI link: send an action, and whether it is up (commands wait while it is down). */
  send: (fields: ReadonlyArray<readonly [string, string]>) => Promise<AmiMessage>;
  connected: () => boolean;
  legsOf: (callId: string) => CallLegs | null;
  /** Dialplan context agents' extensions are dialled in (AMI_TRANSFER_CONTEXT). */
  context: string;
  logger: Logger;
  /** How often the outbox is looked at when nothing wakes the relay (commands written by other processes). */
  pollMs?: number;
}

/**
 * Sends the outbox's commands for one PBX over its AMI link, one at a time and in order. It runs
 * when woken (a command written in this process, the link coming up) and on a poll, and only while
 * the link is up: a command written while the link (or this process) is down waits in the table.
 * An Error response fails the command with Asterisk's message; no answer at all is retried a
 * bounded number of times by the source.
 */
export class AmiCommandRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /**
   * Commands waiting to be seen done: call id -> the extension whose leg must join it. Asterisk may
   * report that leg before the send is recorded, so either side may come first.
   */
  private readonly awaiting = new Map<
    string,
    { commandId: string; extension: string; seen: boolean; recorded: boolean }
  >();

  constructor(private readonly options: AmiCommandRelayOptions) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 2_000);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Look at the outbox now (coalesced with a run already going). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) =>
        this.options.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'AMI: sending PBX commands failed; retrying at the next poll',
        ),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** An AMI event: a leg of the awaited extension joining the call means the PBX did it. */
  observe(event: AmiMessage): void {
    if (this.awaiting.size === 0) return;
    const name = (amiEventName(event) ?? '').toLowerCase();
    const prefix = name === 'dialbegin' ? 'Dest' : name === 'newchannel' ? '' : null;
    if (prefix === null) return;
    const callId = amiField(event, `${prefix}Linkedid`) ?? amiField(event, 'Linkedid');
    const awaited = callId ? this.awaiting.get(callId) : undefined;
    if (!callId || !awaited) return;
    const channel = amiField(event, `${prefix}Channel`) ?? '';
    if (channelEndpoint(channel) !== awaited.extension && amiField(event, `${prefix}CallerIDNum`) !== awaited.extension)
      return;
    if (awaited.recorded) this.done(callId, awaited.commandId);
    else awaited.seen = true;
  }

  private done(callId: string, commandId: string): void {
    this.awaiting.delete(callId);
    this.options.source
      .recordDone(commandId)
      .catch((error: unknown) =>
        this.options.logger.warn(
          { err: error instanceof Error ? error.message : String(error), commandId },
          'AMI: could not record a PBX command as done',
        ),
      );
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.options.connected()) {
      const command = await this.options.source.claimNext(this.options.pbxId);
      if (!command) return;
      await this.handle(command);
    }
  }

  private async handle(command: PbxCommand): Promise<void> {
    const { logger, source } = this.options;
    const context = { commandId: command.id, callId: command.pbxCallId, kind: command.kind, attempt: command.attempts };
    const plan = planTransferAction(command, this.options.legsOf(command.pbxCallId), this.options.context);
    if (plan.kind === 'refuse') {
      logger.warn({ ...context, reason: plan.reason }, 'AMI: PBX command cannot be sent');
      await source.recordFailure(command, plan.reason, false);
      return;
    }
    if (plan.kind === 'nothing') {
      await source.recordSent(command.id);
      await source.recordDone(command.id);
      return;
    }
    const action = plan.action[0]?.[1] ?? '';
    const watch = plan.expectExtension
      ? { commandId: command.id, extension: plan.expectExtension, seen: false, recorded: false }
      : null;
    if (watch) this.awaiting.set(command.pbxCallId, watch);
    const unwatch = () =>
      watch && this.awaiting.get(command.pbxCallId) === watch && this.awaiting.delete(command.pbxCallId);
    let response: AmiMessage;
    try {
      response = await this.options.send(plan.action);
    } catch (error) {
      unwatch();
      const reason = `no answer from Asterisk to ${action}: ${error instanceof Error ? error.message : String(error)}`;
      const outcome = await source.recordFailure(command, reason, true);
      logger.warn({ ...context, reason, outcome }, 'AMI: PBX command got no answer');
      return;
    }
    if ((amiField(response, 'Response') ?? '').toLowerCase() !== 'success') {
      const reason = `Asterisk refused ${action}: ${amiField(response, 'Message') ?? 'no reason given'}`;
      logger.warn({ ...context, reason }, 'AMI: PBX command refused');
      unwatch();
      await source.recordFailure(command, reason, false);
      return;
    }
    await source.recordSent(command.id);
    logger.info(context, 'AMI: PBX command sent');
    if (watch?.seen) this.done(command.pbxCallId, command.id);
    else if (watch) watch.recorded = true;
  }
}
