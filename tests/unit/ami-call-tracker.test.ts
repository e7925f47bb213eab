import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CallSignal } from '../../server/src/channels/cti/call-signal';
import { AmiCallTracker } from '../../server/src/channels/cti/ami/ami-call-tracker';
import { AmiFrameParser } from '../../server/src/channels/cti/ami/ami-frame-parser';
import type { AmiMessage } from '../../server/src/channels/cti/ami/ami-message';

const fixtureDir = path.resolve(__dirname, '../../../shared/fixtures/ami/panoramisk');

function messages(text: string): AmiMessage[] {
  return new AmiFrameParser().feed(text).flatMap((f) => (f.type === 'message' ? [f.message] : []));
}

function track(text: string, tracker = new AmiCallTracker({ pbxId: 'pbx-1' })): CallSignal[] {
  return messages(text).flatMap((m) => tracker.handle(m));
}

/** What a test compares: the signal without the raw AMI fields. */
function brief(signal: CallSignal) {
  const { raw: _raw, pbxId: _pbx, at: _at, ...rest } = signal;
  return rest;
}

interface Chan {
  name: string;
  state: [number, string];
  num: string;
  cidName: string;
  connected: string;
  context: string;
  exten: string;
  uniqueid: string;
  linkedid: string;
}

/** A channel snapshot as Asterisk 13+ writes it in every channel event, with an optional prefix (Dest...). */
function snapshot(c: Chan, prefix = ''): string {
  return [
    `${prefix}Channel: ${c.name}`,
    `${prefix}ChannelState: ${c.state[0]}`,
    `${prefix}ChannelStateDesc: ${c.state[1]}`,
    `${prefix}CallerIDNum: ${c.num}`,
    `${prefix}CallerIDName: ${c.cidName}`,
    `${prefix}ConnectedLineNum: ${c.connected}`,
    `${prefix}ConnectedLineName: <unknown>`,
    `${prefix}Language: fr`,
    `${prefix}AccountCode: `,
    `${prefix}Context: ${c.context}`,
    `${prefix}Exten: ${c.exten}`,
    `${prefix}Priority: 1`,
    `${prefix}Uniqueid: ${c.uniqueid}`,
    `${prefix}Linkedid: ${c.linkedid}`,
  ].join('\r\n');
}

let clock = 1_700_000_000;
/** One AMI event: header, timestamp (timestampevents = yes), body, blank line. */
function ev(name: string, body: string): string {
  clock += 1;
  return `Event: ${name}\r\nPrivilege: call,all\r\nTimestamp: ${clock}.000100\r\n${body}\r\n\r\n`;
}

const up: [number, string] = [6, 'Up'];
const ring: [number, string] = [4, 'Ring'];
const ringing: [number, string] = [5, 'Ringing'];
const down: [number, string] = [0, 'Down'];

function trunk(id: string, state = ring): Chan {
  return {
    name: `PJSIP/trunk-0000000${id}`,
    state,
    num: '0612345678',
    cidName: 'Marie Dupont',
    connected: '<unknown>',
    context: 'from-trunk',
    exten: '0262123456',
    uniqueid: `1700000000.${id}`,
    linkedid: `1700000000.${id}`,
  };
}
function phone(ext: string, id: string, linkedid: string, state = down): Chan {
  return {
    name: `PJSIP/${ext}-0000000${id}`,
    state,
    num: ext,
    cidName: `Agent ${ext}`,
    connected: '0612345678',
    context: 'from-internal',
    exten: 's',
    uniqueid: `1700000000.${id}`,
    linkedid,
  };
}
function hangup(c: Chan, cause: number, text: string): string {
  return ev('Hangup', `${snapshot(c)}\r\nCause: ${cause}\r\nCause-txt: ${text}`);
}
function dial(caller: Chan, dest: Chan, status?: string): string {
  return status
    ? ev('DialEnd', `${snapshot(caller)}\r\n${snapshot(dest, 'Dest')}\r\nDialStatus: ${status}`)
    : ev('DialBegin', `${snapshot(caller)}\r\n${snapshot(dest, 'Dest')}\r\nDialString: ${dest.num}`);
}
function bridgeEnter(c: Chan, count: number): string {
  return ev(
    'BridgeEnter',
    `BridgeUniqueid: 5b1d-0001\r\nBridgeType: basic\r\nBridgeTechnology: simple_bridge\r\nBridgeCreator: <unknown>\r\nBridgeName: <unknown>\r\nBridgeNumChannels: ${count}\r\nBridgeVideoSourceMode: none\r\n${snapshot(c)}`,
  );
}

describe('AMI call tracker, Asterisk 13+ events', () => {
  it('follows an incoming call answered by 1001, held, resumed and blind-transferred to 1002', () => {
    const caller = trunk('1');
    const agent = phone('1001', '2', caller.linkedid);
    const second = phone('1002', '3', caller.linkedid);
    const session = [
      ev('Newchannel', snapshot(caller)),
      ev('Newchannel', snapshot(agent)),
      dial(caller, agent),
      ev('Newstate', snapshot({ ...agent, state: ringing })),
      dial(caller, { ...agent, state: up }, 'ANSWER'),
      bridgeEnter({ ...caller, state: up }, 1),
      bridgeEnter({ ...agent, state: up }, 2),
      ev('Hold', `${snapshot({ ...agent, state: up })}\r\nMusicClass: default`),
      ev('Unhold', snapshot({ ...agent, state: up })),
      ev(
        'BlindTransfer',
        `Result: Success\r\n${snapshot({ ...agent, state: up }, 'Transferer')}\r\n${snapshot({ ...caller, state: up }, 'Transferee')}\r\nBridgeUniqueid: 5b1d-0001\r\nBridgeType: basic\r\nIsExternal: No\r\nContext: from-internal\r\nExtension: 1002`,
      ),
      ev('BridgeLeave', `BridgeUniqueid: 5b1d-0001\r\nBridgeNumChannels: 1\r\n${snapshot({ ...agent, state: up })}`),
      hangup({ ...agent, state: up }, 16, 'Normal Clearing'),
      ev('Newchannel', snapshot(second)),
      dial({ ...caller, state: up }, second),
      dial({ ...caller, state: up }, { ...second, state: up }, 'ANSWER'),
      hangup({ ...second, state: up }, 16, 'Normal Clearing'),
      hangup({ ...caller, state: up }, 16, 'Normal Clearing'),
    ].join('');
    const tracker = new AmiCallTracker({ pbxId: 'pbx-1' });
    const signals = track(session, tracker);
    expect(signals.map(brief)).toEqual([
      {
        callId: '1700000000.1',
        event: 'newCall',
        from: '0612345678',
        to: '0262123456',
        direction: 'in',
        users: ['1001'],
        queue: null,
      },
      { callId: '1700000000.1', event: 'answer', answeringNumber: '1001', users: ['1001'] },
      { callId: '1700000000.1', event: 'hold', dedupeKey: expect.stringMatching(/^1700000000\.2:\d+\.000100$/) },
      { callId: '1700000000.1', event: 'unhold', dedupeKey: expect.stringMatching(/^1700000000\.2:/) },
      {
        callId: '1700000000.1',
        event: 'transfer',
        transferTo: '1002',
        transferType: 'blind',
        dedupeKey: expect.any(String),
      },
      // The call service waits for the transferred call to be answered by its new party.
      { callId: '1700000000.1', event: 'answer', answeringNumber: '1002', users: ['1002'] },
      { callId: '1700000000.1', event: 'hangup', cause: 'normalClearing' },
    ]);
    expect(signals.every((s) => s.pbxId === 'pbx-1' && s.at instanceof Date)).toBe(true);
    expect(signals[0]!.raw).toMatchObject({ Event: 'DialBegin', DestChannel: 'PJSIP/1001-00000002' });
    expect(new Set(signals.map((s) => s.dedupeKey).filter(Boolean)).size).toBe(3);
    expect(tracker.openCalls).toBe(0);
  });

  it('reports a call whose caller hung up while 1001 rang as cancelled, never answered', () => {
    const caller = trunk('4');
    const agent = phone('1001', '5', caller.linkedid);
    const signals = track(
      [
        ev('Newchannel', snapshot(caller)),
        ev('Newchannel', snapshot(agent)),
        dial(caller, agent),
        ev('Newstate', snapshot({ ...agent, state: ringing })),
        dial(caller, { ...agent, state: ringing }, 'CANCEL'),
        hangup({ ...agent, state: ringing }, 0, 'Unknown'),
        hangup(caller, 16, 'Normal Clearing'),
      ].join(''),
    );
    expect(signals.map((s) => s.event)).toEqual(['newCall', 'hangup']);
    expect(signals[1]).toMatchObject({ event: 'hangup', cause: 'cancel' });
  });

  it('reports a busy callee as busy', () => {
    const caller = trunk('6');
    const agent = phone('1001', '7', caller.linkedid);
    const signals = track(
      [
        ev('Newchannel', snapshot(caller)),
        dial(caller, agent),
        dial(caller, agent, 'BUSY'),
        hangup(agent, 17, 'User busy'),
        hangup(caller, 17, 'User busy'),
      ].join(''),
    );
    expect(signals.map(brief)).toEqual([
      expect.objectContaining({ event: 'newCall', users: ['1001'], direction: 'in' }),
      { callId: caller.linkedid, event: 'hangup', cause: 'busy' },
    ]);
  });

  it('maps Q.850 causes when no Dial said anything (a caller leaving a queue, a refused number)', () => {
    const queued = trunk('8');
    const abandoned = track(
      [
        ev('Newchannel', snapshot(queued)),
        ev('QueueCallerJoin', `${snapshot(queued)}\r\nQueue: support\r\nPosition: 1\r\nCount: 1`),
        hangup(queued, 16, 'Normal Clearing'),
      ].join(''),
    );
    expect(abandoned.map(brief)).toEqual([
      expect.objectContaining({ event: 'newCall', users: [], queue: 'support', direction: 'in' }),
      expect.objectContaining({ event: 'hangup', cause: 'cancel' }),
    ]);
    const refused = trunk('9');
    expect(
      track(ev('Newchannel', snapshot(refused)) + hangup(refused, 1, 'Unallocated (unassigned) number')).at(-1),
    ).toMatchObject({ cause: 'notFound' });
  });

  it('reports an attended transfer as a consult transfer to the consulted extension', () => {
    const caller = trunk('10');
    const agent = phone('1001', '11', caller.linkedid);
    // The agent's consultation call: a second call (its own Linkedid) from 1001 to 1002.
    const consult = { ...phone('1001', '12', '1700000000.12', up), connected: '1002', exten: '1002' };
    const target = phone('1002', '13', consult.linkedid, up);
    const tracker = new AmiCallTracker({ pbxId: 'pbx-1' });
    const signals = track(
      [
        ev('Newchannel', snapshot(caller)),
        dial(caller, agent),
        dial(caller, { ...agent, state: up }, 'ANSWER'),
        ev('Newchannel', snapshot({ ...consult, state: down })),
        dial(consult, target),
        dial(consult, target, 'ANSWER'),
        ev(
          'AttendedTransfer',
          `Result: Success\r\n${snapshot({ ...agent, state: up }, 'OrigTransferer')}\r\nOrigBridgeUniqueid: 5b1d-0001\r\n${snapshot(consult, 'SecondTransferer')}\r\nSecondBridgeUniqueid: 5b1d-0002\r\nDestType: Bridge\r\nDestBridgeUniqueid: 5b1d-0001\r\nIsExternal: No`,
        ),
        hangup(consult, 16, 'Normal Clearing'),
        hangup(agent, 16, 'Normal Clearing'),
        hangup(target, 16, 'Normal Clearing'),
        hangup(caller, 16, 'Normal Clearing'),
      ].join(''),
      tracker,
    );
    const customerCall = signals.filter((s) => s.callId === caller.linkedid).map((s) => s.event);
    expect(customerCall).toEqual(['newCall', 'answer', 'transfer', 'answer', 'hangup']);
    expect(signals.find((s) => s.event === 'transfer')).toMatchObject({ transferTo: '1002', transferType: 'consult' });
    // Asterisk reports the attended transfer once 1002 already talks to the customer: that is 1002's answer.
    expect(
      signals
        .filter((s) => s.callId === caller.linkedid && s.event === 'answer')
        .map((s) => s.event === 'answer' && s.users),
    ).toEqual([['1001'], ['1002']]);
    // The consultation itself is the agent's own outgoing call.
    expect(signals.find((s) => s.callId === consult.linkedid && s.event === 'newCall')).toMatchObject({
      direction: 'out',
      from: '1001',
      to: '1002',
      users: ['1001'],
    });
    expect(tracker.openCalls).toBe(0);
  });

  it('takes the direction from the configured internal contexts when given', () => {
    const fromPhone = { ...trunk('14'), num: '0612000000', context: 'from-internal', exten: '0262999999' };
    const out = track(
      ev('Newchannel', snapshot(fromPhone)) + dial(fromPhone, { ...trunk('15'), linkedid: fromPhone.linkedid }),
      new AmiCallTracker({ pbxId: 'p', internalContexts: ['from-internal'] }),
    );
    expect(out[0]).toMatchObject({ direction: 'out', to: '0262999999' });
  });

  it('says nothing about an internal call that never dialled anyone, and ignores unknown events', () => {
    const voicemail = { ...phone('1001', '16', '1700000000.16', ring), exten: '*97' };
    expect(
      track(
        ev('Newchannel', snapshot(voicemail)) +
          ev('VarSet', `${snapshot(voicemail)}\r\nVariable: X\r\nValue: 1`) +
          ev('SomethingNew', 'Foo: bar') +
          hangup(voicemail, 16, 'Normal Clearing'),
      ),
    ).toEqual([]);
  });
});

describe('AMI call tracker, Asterisk 11 events from recorded sessions', () => {
  it('turns the originate session into one call: newCall, answer, hangup', () => {
    const text = readFileSync(path.join(fixtureDir, 'originate_with_events.yaml'), 'utf8');
    const tracker = new AmiCallTracker({ pbxId: 'pbx-11' });
    const signals = track(text, tracker);
    expect(signals.map((s) => s.event)).toEqual(['newCall', 'answer', 'hangup']);
    expect(new Set(signals.map((s) => s.callId))).toEqual(new Set(['1414510600.0']));
    expect(signals[0]).toMatchObject({ direction: 'out', users: ['259'] });
    expect(signals[2]).toMatchObject({ cause: 'normalClearing', at: null });
    expect(tracker.openCalls).toBe(0);
  });

  it.each([
    'agent_loggued_in.yaml',
    'agent_not_in_pause.yaml',
    'queue_status.yaml',
    'asyncagi_get_var.yaml',
    'pjsip_show_endpoint.yaml',
  ])('reads %s without crashing or inventing calls', (name) => {
    expect(track(readFileSync(path.join(fixtureDir, name), 'utf8'))).toEqual([]);
  });
});
