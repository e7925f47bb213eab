import pino from 'pino';
import type { CallSignal, CallSignalSink, IngestOutcome } from '../../server/src/channels/cti/call-signal';
import { reconnectDelay, DEFAULT_RECONNECT } from '../../server/src/channels/cti/ami/ami-backoff';
import { SignalDelivery } from '../../server/src/channels/cti/ami/ami-signal-delivery';

const signal = (callId: string, event: 'hold' | 'unhold'): CallSignal => ({
  pbxId: 'p',
  callId,
  at: null,
  raw: {},
  event,
});

/** A sink whose every ingest waits until the test releases it (or fails it). */
class ManualSink implements CallSignalSink {
  readonly started: string[] = [];
  readonly release = new Map<string, (outcome: 'ok' | 'fail') => void>();
  ingest(s: CallSignal): Promise<IngestOutcome> {
    const key = `${s.callId}:${s.event}`;
    this.started.push(key);
    return new Promise((resolve, reject) => {
      this.release.set(key, (outcome) =>
        outcome === 'ok' ? resolve({ status: 'accepted', contactId: s.callId }) : reject(new Error('store down')),
      );
    });
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('delivery of call signals to the call service', () => {
  it('keeps one call in order, does not let it hold up another call, and logs failures', async () => {
    const logs: Array<{ msg: string }> = [];
    const sink = new ManualSink();
    const delivery = new SignalDelivery(
      sink,
      pino({}, { write: (l: string) => logs.push(JSON.parse(l) as { msg: string }) }),
    );
    delivery.deliver(signal('a', 'hold'));
    delivery.deliver(signal('a', 'unhold'));
    delivery.deliver(signal('b', 'hold'));
    await tick();
    // a:unhold waits for a:hold; b does not wait for a.
    expect(sink.started).toEqual(['a:hold', 'b:hold']);
    sink.release.get('a:hold')!('fail');
    await tick();
    expect(sink.started).toEqual(['a:hold', 'b:hold', 'a:unhold']);
    sink.release.get('a:unhold')!('ok');
    sink.release.get('b:hold')!('ok');
    await delivery.drain();
    expect(logs.map((l) => l.msg)).toEqual([expect.stringMatching(/refused/)]);
  });

  it('gives up on a signal the sink never stores, and moves on to the next one of that call', async () => {
    const sink = new ManualSink();
    const logs: Array<{ msg: string }> = [];
    const delivery = new SignalDelivery(
      sink,
      pino({}, { write: (l: string) => logs.push(JSON.parse(l) as { msg: string }) }),
      5,
    );
    delivery.deliver(signal('a', 'hold'));
    delivery.deliver(signal('a', 'unhold'));
    while (!sink.release.has('a:unhold')) await new Promise((r) => setTimeout(r, 2));
    sink.release.get('a:unhold')!('ok');
    await delivery.drain();
    expect(logs.map((l) => l.msg)).toEqual([expect.stringMatching(/not stored in time/)]);
  });
});

describe('reconnect delay', () => {
  const policy = { ...DEFAULT_RECONNECT, jitter: 0 };
  it('doubles from the initial delay up to the cap', () => {
    expect([0, 1, 2, 3, 10, 100].map((n) => reconnectDelay(policy, n, false, Math.random))).toEqual([
      1000, 2000, 4000, 8000, 30_000, 30_000,
    ]);
  });
  it('waits at least the login-failure delay after a refused login', () => {
    expect(reconnectDelay(policy, 0, true, Math.random)).toBe(60_000);
  });
  it('spreads by the jitter fraction', () => {
    const jittery = { ...DEFAULT_RECONNECT, jitter: 0.2 };
    expect(reconnectDelay(jittery, 0, false, () => 0)).toBe(800);
    expect(reconnectDelay(jittery, 0, false, () => 0.9999)).toBeCloseTo(1200, -1);
  });
});
