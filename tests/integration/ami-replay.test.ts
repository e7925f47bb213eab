import pino from 'pino';
import type { CallSignal, CallSignalSink, IngestOutcome } from '../../server/src/channels/cti/call-signal';
import { startAmiAdapter, type AmiAdapter } from '../../server/src/channels/cti/ami/ami-adapter';
import { amiField } from '../../server/src/channels/cti/ami/ami-message';
import { FakeAsterisk, fixture, modernCall, writeInChunks } from '../support/fake-asterisk';

/** In-memory call service: records what the adapter delivers and lets a test wait for it. */
class RecordingSink implements CallSignalSink {
  readonly signals: CallSignal[] = [];
  private waiters: Array<() => void> = [];

  async ingest(signal: CallSignal): Promise<IngestOutcome> {
    this.signals.push(signal);
    for (const wake of this.waiters.splice(0)) wake();
    return { status: 'accepted', contactId: `contact-${signal.callId}` };
  }

  async waitForHangups(count: number): Promise<void> {
    while (this.signals.filter((s) => s.event === 'hangup').length < count) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

describe('AMI adapter against a replayed Asterisk', () => {
  let asterisk: FakeAsterisk;
  let adapter: AmiAdapter | null = null;

  afterEach(async () => {
    await adapter?.stop();
    await asterisk?.close();
  });

  it('retries a refused login, delivers a recorded call, reconnects after a drop and delivers the next call', async () => {
    asterisk = new FakeAsterisk(['failed', 'ok', 'ok']);
    const port = await asterisk.listen();
    const logs: Array<{ msg: string }> = [];
    const logger = pino(
      { level: 'debug' },
      { write: (line: string) => logs.push(JSON.parse(line) as { msg: string }) },
    );
    const sink = new RecordingSink();
    adapter = startAmiAdapter({
      host: '127.0.0.1',
      port,
      username: 'desk',
      secret: 'wrong-then-right',
      pbxId: 'pbx-lab',
      sink,
      logger,
      pingIntervalMs: 10,
      reconnect: { initialDelayMs: 5, maxDelayMs: 20, loginFailureDelayMs: 10, jitter: 0.5 },
    });

    // 1. Refused: the client says so and comes back.
    const refusedLogin = await (await asterisk.connection(0)).login;
    expect(amiField(refusedLogin, 'Username')).toBe('desk');
    expect(amiField(refusedLogin, 'Secret')).toBe('wrong-then-right');
    expect(amiField(refusedLogin, 'Events')).toBe('on');

    // 2. Accepted: keep-alive pings are answered, then the recorded Asterisk 11 originate session plays.
    const first = await asterisk.connection(1);
    await first.login;
    expect(logs.some((l) => /login refused/.test(l.msg))).toBe(true);
    await writeInChunks(first.socket, fixture('originate_with_events.yaml'));
    await sink.waitForHangups(1);
    expect(sink.signals.map((s) => [s.callId, s.event])).toEqual([
      ['1414510600.0', 'newCall'],
      ['1414510600.0', 'answer'],
      ['1414510600.0', 'hangup'],
    ]);
    expect(first.actions.some((a) => amiField(a, 'Action') === 'Ping')).toBe(true);
    expect(new Set(first.actions.map((a) => amiField(a, 'ActionID'))).size).toBe(first.actions.length);

    // 3. The PBX drops the link: the client logs in again and the next call comes through.
    first.socket.destroy();
    const second = await asterisk.connection(2);
    await second.login;
    expect(adapter.status()).not.toBe('disconnected');
    await writeInChunks(second.socket, modernCall);
    await sink.waitForHangups(2);
    expect(sink.signals.slice(3).map(({ raw: _raw, ...signal }) => signal)).toEqual([
      {
        pbxId: 'pbx-lab',
        callId: '1700000100.16',
        at: new Date(1700000101250),
        event: 'newCall',
        from: '+33612345678',
        to: '0262123456',
        direction: 'in',
        users: ['1001'],
        queue: null,
      },
      {
        pbxId: 'pbx-lab',
        callId: '1700000100.16',
        at: null,
        event: 'answer',
        answeringNumber: '1001',
        users: ['1001'],
      },
      {
        pbxId: 'pbx-lab',
        callId: '1700000100.16',
        at: new Date(1700000160500),
        event: 'hangup',
        cause: 'normalClearing',
      },
    ]);

    // 4. stop(): Logoff, socket closed, no reconnect afterwards.
    await adapter.stop();
    expect(adapter.status()).toBe('disconnected');
    expect(second.actions.some((a) => amiField(a, 'Action') === 'Logoff')).toBe(true);
    expect(asterisk.connections).toHaveLength(3);
  });

  it('declares a link dead when a Ping goes unanswered, and connects again', async () => {
    asterisk = new FakeAsterisk(['ok', 'ok'], [0]);
    const port = await asterisk.listen();
    const logs: Array<{ msg: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line) as { msg: string }) });
    adapter = startAmiAdapter({
      host: '127.0.0.1',
      port,
      username: 'u',
      secret: 's',
      pbxId: 'pbx-hung',
      sink: new RecordingSink(),
      logger,
      pingIntervalMs: 5,
      actionTimeoutMs: 20,
      reconnect: { initialDelayMs: 1, maxDelayMs: 2 },
    });
    await (await asterisk.connection(1)).login;
    expect(logs.some((l) => /keep-alive failed/.test(l.msg))).toBe(true);
    expect((await asterisk.connection(0)).actions.some((a) => amiField(a, 'Action') === 'Ping')).toBe(true);
  });

  it('keeps retrying while the PBX is unreachable and stops cleanly', async () => {
    asterisk = new FakeAsterisk([]);
    const port = await asterisk.listen();
    await asterisk.close(); // nothing listens on that port any more
    const logs: Array<{ msg: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line) as { msg: string }) });
    adapter = startAmiAdapter({
      host: '127.0.0.1',
      port,
      username: 'u',
      secret: 's',
      pbxId: 'pbx-down',
      sink: new RecordingSink(),
      logger,
      reconnect: { initialDelayMs: 1, maxDelayMs: 4 },
    });
    while (logs.filter((l) => /reconnecting/.test(l.msg)).length < 3) await new Promise((r) => setTimeout(r, 5));
    await adapter.stop();
    expect(adapter.status()).toBe('disconnected');
  });
});
