import net from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AmiFrameParser } from '../../server/src/channels/cti/ami/ami-frame-parser';
import { amiField, type AmiMessage } from '../../server/src/channels/cti/ami/ami-message';

/** A fake Asterisk Manager Interface for tests, speaking the recorded panoramisk sessions. */
const fixtureDir = path.resolve(__dirname, '../../../shared/fixtures/ami/panoramisk');
export const fixture = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');

/** The recorded server side of a fixture: its `Response:` messages as wire text (LF, as recorded). */
function recordedResponse(name: string): string {
  const block = fixture(name)
    .split(/\n\s*\n/)
    .find((b) => /^Response:/m.test(b));
  if (!block) throw new Error(`no response in ${name}`);
  return `${block.trim()}\n\n`;
}
const withActionId = (response: string, actionId: string) =>
  response.replace(/^ActionID: .*$/im, `ActionID: ${actionId}`);

export interface Connection {
  socket: net.Socket;
  actions: AmiMessage[];
  /** The client's Login action, once received and answered. */
  login: Promise<AmiMessage>;
  /** Resolves with the next action of that name (any case) this connection receives, or one already received and not taken. */
  nextAction(name: string): Promise<AmiMessage>;
}

/**
 * Plays Asterisk: greeting, then answers Login as told (the recorded login_failed / login_ok
 * answers), Ping (ping.yaml) and Logoff (logoff.yaml).
 */
export class FakeAsterisk {
  readonly connections: Connection[] = [];
  private readonly server = net.createServer((socket) => this.accept(socket));
  private readonly arrivals: Array<(c: Connection) => void> = [];
  /** How other actions (Redirect, Atxfer, Hangup...) are answered: Success unless set here. */
  private readonly refusals = new Map<string, string>();

  constructor(
    private readonly loginAnswers: Array<'ok' | 'failed'>,
    /** Connections (by index) whose Pings go unanswered, like a PBX that hung. */
    private readonly deafTo: number[] = [],
  ) {}

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  /** The n-th connection (0-based), once the client has made it. */
  connection(index: number): Promise<Connection> {
    const existing = this.connections[index];
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve) => {
      const check = (c: Connection) => (this.connections[index] === c ? resolve(c) : this.arrivals.push(check));
      this.arrivals.push(check);
    });
  }

  /** From now on, answer this action with `Response: Error` and this message (as Asterisk does for a missing channel). */
  refuse(action: string, message: string): void {
    this.refusals.set(action.toLowerCase(), message);
  }

  answerSuccess(action: string): void {
    this.refusals.delete(action.toLowerCase());
  }

  close(): Promise<void> {
    for (const c of this.connections) c.socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    const answer = this.loginAnswers[this.connections.length] ?? 'ok';
    const deaf = this.deafTo.includes(this.connections.length);
    let answered: (login: AmiMessage) => void = () => undefined;
    const untaken: AmiMessage[] = [];
    const waiting: Array<{ name: string; resolve: (m: AmiMessage) => void }> = [];
    const connection: Connection = {
      socket,
      actions: [],
      login: new Promise((resolve) => (answered = resolve)),
      nextAction: (name) => {
        const at = untaken.findIndex((m) => (amiField(m, 'Action') ?? '').toLowerCase() === name.toLowerCase());
        if (at >= 0) return Promise.resolve(untaken.splice(at, 1)[0]!);
        return new Promise((resolve) => waiting.push({ name: name.toLowerCase(), resolve }));
      },
    };
    this.connections.push(connection);
    for (const wake of this.arrivals.splice(0)) wake(connection);
    const parser = new AmiFrameParser();
    socket.on('error', () => undefined);
    socket.write(`${fixture('login_ok.yaml').split('\n')[0]}\r\n`);
    socket.on('data', (chunk) => {
      for (const frame of parser.feed(chunk)) {
        if (frame.type !== 'message') continue;
        const action = (amiField(frame.message, 'Action') ?? '').toLowerCase();
        const id = amiField(frame.message, 'ActionID') ?? '';
        connection.actions.push(frame.message);
        if (action === 'login' && answer === 'failed')
          socket.write(withActionId(recordedResponse('login_failed.yaml'), id));
        if (action === 'login' && answer === 'ok') {
          socket.write(
            `${withActionId(recordedResponse('login_ok.yaml'), id)}Event: FullyBooted\nPrivilege: system,all\nStatus: Fully Booted\n\n`,
          );
        }
        if (action === 'login') answered(frame.message);
        if (action === 'ping' && !deaf) socket.write(withActionId(recordedResponse('ping.yaml'), id));
        if (action === 'logoff') socket.end(withActionId(recordedResponse('logoff.yaml'), id));
        if (!['login', 'ping', 'logoff'].includes(action)) {
          const refusal = this.refusals.get(action);
          socket.write(
            refusal === undefined
              ? `Response: Success\r\nActionID: ${id}\r\nMessage: ${amiField(frame.message, 'Action')} successful\r\n\r\n`
              : `Response: Error\r\nActionID: ${id}\r\nMessage: ${refusal}\r\n\r\n`,
          );
          const waiter = waiting.findIndex((w) => w.name === action);
          if (waiter >= 0) waiting.splice(waiter, 1)[0]!.resolve(frame.message);
          else untaken.push(frame.message);
        }
      }
    });
  }
}

/** Writes text in uneven chunks, each on its own turn of the event loop, as a real link would. */
export async function writeInChunks(socket: net.Socket, text: string): Promise<void> {
  const sizes = [1, 7, 64, 3, 500, 13, 2048];
  for (let i = 0, n = 0; i < text.length; n++) {
    const size = sizes[n % sizes.length]!;
    socket.write(text.slice(i, i + size));
    i += size;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export const modernCall = [
  'Event: Newchannel\r\nPrivilege: call,all\r\nTimestamp: 1700000100.000001\r\nChannel: PJSIP/trunk-00000010\r\nChannelState: 4\r\nChannelStateDesc: Ring\r\nCallerIDNum: +33612345678\r\nCallerIDName: Marie Dupont\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: fr\r\nAccountCode: \r\nContext: from-trunk\r\nExten: 0262123456\r\nPriority: 1\r\nUniqueid: 1700000100.16\r\nLinkedid: 1700000100.16\r\n\r\n',
  'Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/1001-00000011\r\nChannelState: 0\r\nChannelStateDesc: Down\r\nCallerIDNum: 1001\r\nCallerIDName: Agent 1001\r\nConnectedLineNum: +33612345678\r\nConnectedLineName: Marie Dupont\r\nLanguage: fr\r\nAccountCode: \r\nContext: from-internal\r\nExten: s\r\nPriority: 1\r\nUniqueid: 1700000100.17\r\nLinkedid: 1700000100.16\r\n\r\n',
  'Event: DialBegin\r\nPrivilege: call,all\r\nTimestamp: 1700000101.250000\r\nChannel: PJSIP/trunk-00000010\r\nCallerIDNum: +33612345678\r\nContext: from-trunk\r\nExten: 0262123456\r\nUniqueid: 1700000100.16\r\nLinkedid: 1700000100.16\r\nDestChannel: PJSIP/1001-00000011\r\nDestCallerIDNum: 1001\r\nDestContext: from-internal\r\nDestExten: 0262123456\r\nDestUniqueid: 1700000100.17\r\nDestLinkedid: 1700000100.16\r\nDialString: 1001\r\n\r\n',
  'Event: DialEnd\r\nPrivilege: call,all\r\nChannel: PJSIP/trunk-00000010\r\nUniqueid: 1700000100.16\r\nLinkedid: 1700000100.16\r\nDestChannel: PJSIP/1001-00000011\r\nDestCallerIDNum: 1001\r\nDestUniqueid: 1700000100.17\r\nDestLinkedid: 1700000100.16\r\nDialStatus: ANSWER\r\n\r\n',
  'Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/1001-00000011\r\nUniqueid: 1700000100.17\r\nLinkedid: 1700000100.16\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n',
  'Event: Hangup\r\nPrivilege: call,all\r\nTimestamp: 1700000160.500000\r\nChannel: PJSIP/trunk-00000010\r\nUniqueid: 1700000100.16\r\nLinkedid: 1700000100.16\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n',
].join('');

const frame = (lines: Array<[string, string]>) => `${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;

/**
 * An incoming call from `caller` on a trunk, rung and answered at `extension` (Asterisk 12+
 * events, like `modernCall` without its hang-ups): the call stays up for what a test does next.
 */
export function answeredCall(n: number, caller: string, extension: string) {
  const callId = `1700100${n}.1`;
  const callerChannel = `PJSIP/trunk-000${n}a`;
  const agentChannel = `PJSIP/${extension}-000${n}b`;
  const agentId = `1700100${n}.2`;
  const text = [
    frame([
      ['Event', 'Newchannel'],
      ['Channel', callerChannel],
      ['CallerIDNum', caller],
      ['Context', 'from-trunk'],
      ['Exten', '0262123456'],
      ['Uniqueid', callId],
      ['Linkedid', callId],
    ]),
    frame([
      ['Event', 'Newchannel'],
      ['Channel', agentChannel],
      ['CallerIDNum', extension],
      ['Context', 'from-internal'],
      ['Exten', 's'],
      ['Uniqueid', agentId],
      ['Linkedid', callId],
    ]),
    frame([
      ['Event', 'DialBegin'],
      ['Channel', callerChannel],
      ['CallerIDNum', caller],
      ['Context', 'from-trunk'],
      ['Exten', '0262123456'],
      ['Uniqueid', callId],
      ['Linkedid', callId],
      ['DestChannel', agentChannel],
      ['DestCallerIDNum', extension],
      ['DestContext', 'from-internal'],
      ['DestExten', '0262123456'],
      ['DestUniqueid', agentId],
      ['DestLinkedid', callId],
      ['DialString', extension],
    ]),
    frame([
      ['Event', 'DialEnd'],
      ['Channel', callerChannel],
      ['Uniqueid', callId],
      ['Linkedid', callId],
      ['DestChannel', agentChannel],
      ['DestCallerIDNum', extension],
      ['DestUniqueid', agentId],
      ['DestLinkedid', callId],
      ['DialStatus', 'ANSWER'],
    ]),
  ].join('');
  return { callId, callerChannel, agentChannel, text };
}

/** A new leg of a call ringing `extension` (a consultation the PBX placed, or a redirected caller dialling it). */
export function legRings(callId: string, extension: string, n: number): string {
  return frame([
    ['Event', 'Newchannel'],
    ['Channel', `PJSIP/${extension}-000${n}c`],
    ['CallerIDNum', extension],
    ['Context', 'from-internal'],
    ['Exten', extension],
    ['Uniqueid', `${callId}${n}9`],
    ['Linkedid', callId],
  ]);
}
