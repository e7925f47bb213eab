import type { Logger } from '../../../log/logger';
import type { CallSignal, CallSignalSink } from '../call-signal';

/**
 * Hands signals to the sink in order per call, calls independent of each other: each call has its
 * own promise chain, so a slow store for one call never delays another. A signal whose `ingest`
 * neither resolves nor rejects within `timeoutMs` is given up (logged), so one stuck call cannot
 * hold its own later signals forever either. Errors are logged, never thrown at the socket.
 */
export class SignalDelivery {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly sink: CallSignalSink,
    private readonly logger: Logger,
    private readonly timeoutMs = 30_000,
  ) {}

  deliver(signal: CallSignal): void {
    const previous = this.tails.get(signal.callId) ?? Promise.resolve();
    const tail = previous.then(() => this.ingest(signal));
    this.tails.set(signal.callId, tail);
    void tail.then(() => {
      if (this.tails.get(signal.callId) === tail) this.tails.delete(signal.callId);
    });
  }

  /** Resolves once every signal handed over so far has been stored or given up. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  private async ingest(signal: CallSignal): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    const context = { callId: signal.callId, event: signal.event, pbxId: signal.pbxId };
    try {
      const outcome = await Promise.race([this.sink.ingest(signal), timeout]);
      if (outcome === 'timeout') this.logger.error(context, 'AMI: call signal not stored in time, moving on');
      else this.logger.debug({ ...context, status: outcome.status }, 'AMI: call signal stored');
    } catch (error) {
      this.logger.error(
        { ...context, err: error instanceof Error ? error.message : String(error) },
        'AMI: call signal refused by the call service',
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
