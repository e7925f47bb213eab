import type { CallSignal } from '../call-signal';
import {
  DEFAULT_EXTENSION_PATTERN,
  channelEndpoint,
  cleanNumber,
  isInternal,
  ringingExtension,
  type PartyRules,
} from './ami-call-parties';
import { AmiCallRegistry, type CallState } from './ami-call-registry';
import { hangupCauseFor } from './ami-hangup-cause';
import { amiEventName, amiField, amiToRecord, type AmiMessage } from './ami-message';

export interface AmiCallTrackerOptions {
  pbxId: string;
  /** See `PartyRules.internalContexts`. */
  internalContexts?: readonly string[];
  /** See `PartyRules.extensionPattern`; default 2 to 6 digits. */
  extensionPattern?: RegExp;
  /** Calls whose hangup never came (events lost while disconnected) are forgotten past this many. */
  maxCalls?: number;
}

type Emit = (signal: CallSignal) => void;
type NewCall = Extract<CallSignal, { event: 'newCall' }>;

/**
 * Pure state machine: AMI events in, `CallSignal`s out. One call = one Linkedid (Asterisk 12+);
 * Asterisk 11 has no Linkedid, so there legs are tied by Dial (UniqueID -> DestUniqueID),
 * LocalBridge and Bridge events instead, and a call is named after its first channel's Uniqueid.
 *
 * `newCall` is sent once per call, at the first dial (DialBegin), because only then is it known
 * whom it rings for; a call answered or ended without any dial (queue abandoned, IVR) gets its
 * `newCall` just before that `answer`/`hangup`, with no users, when it is incoming. Internal calls
 * that never dialled anyone (voicemail, feature codes) produce nothing. `answer` is sent once per
 * answering party: the first one, then again after a transfer (the call service expects the
 * transferred call to be answered by its new party).
 */
export class AmiCallTracker {
  private readonly registry: AmiCallRegistry;
  private readonly rules: PartyRules;

  constructor(private readonly options: AmiCallTrackerOptions) {
    this.rules = {
      internalContexts: options.internalContexts ?? [],
      extensionPattern: options.extensionPattern ?? DEFAULT_EXTENSION_PATTERN,
    };
    this.registry = new AmiCallRegistry(options.maxCalls ?? 10_000);
  }

  /** Calls currently followed (for status and tests). */
  get openCalls(): number {
    return this.registry.size;
  }

  /** A call's legs still up (for commands sent to the PBX); null when the call is not followed. */
  legsOf(callId: string): ReturnType<AmiCallRegistry['legs']> {
    return this.registry.legs(callId);
  }

  handle(message: AmiMessage): CallSignal[] {
    const signals: CallSignal[] = [];
    const emit: Emit = (signal) => signals.push(signal);
    const name = (amiEventName(message) ?? '').toLowerCase();
    const subEvent = (amiField(message, 'SubEvent') ?? '').toLowerCase();
    if (name === 'newchannel' || name === 'newstate') this.registry.touch(message, '');
    else if (name === 'dialbegin' || (name === 'dial' && subEvent === 'begin')) this.onDialBegin(message, emit);
    else if (name === 'dialend' || (name === 'dial' && subEvent === 'end')) this.onDialEnd(message, emit);
    else if (name === 'bridgeenter') this.onBridgeEnter(message, emit);
    else if (name === 'bridge' && (amiField(message, 'Bridgestate') ?? '').toLowerCase() === 'link')
      this.onLink(message, emit, true);
    else if (name === 'localbridge') this.onLink(message, emit, false);
    else if (name === 'queuecallerjoin' || name === 'join') this.onQueueJoin(message);
    else if (name === 'hold' || name === 'unhold') this.onHold(message, name, emit);
    else if (name === 'blindtransfer' || name === 'attendedtransfer') this.onTransfer(message, name, emit);
    else if (name === 'hangup') this.onHangup(message, emit);
    // Every other event (VarSet, Newexten, CEL, AGIExec, ...) says nothing about the call's life.
    return signals;
  }

  private onDialBegin(message: AmiMessage, emit: Emit): void {
    const call = this.registry.touch(message, '');
    if (!call) return;
    const dest = this.registry.touch(message, 'Dest', call.callId)
      ? this.registry.channel(amiField(message, 'DestUniqueid'))
      : undefined;
    const extension = dest ? ringingExtension(dest, this.rules) : cleanNumber(amiField(message, 'DialString'));
    if (extension && !call.ringing.includes(extension)) call.ringing.push(extension);
    this.ensureNewCall(call, message, emit, dest?.exten || amiField(message, 'DialString'));
  }

  private onDialEnd(message: AmiMessage, emit: Emit): void {
    const call = this.registry.touch(message, '');
    if (!call) return;
    const status = (amiField(message, 'DialStatus') ?? '').toUpperCase();
    if (status !== 'ANSWER') {
      call.dialStatus = status || call.dialStatus;
      return;
    }
    const destId = amiField(message, 'DestUniqueid');
    const dest = this.registry.channel(destId);
    this.answer(call, dest ? ringingExtension(dest, this.rules) : (call.ringing.at(-1) ?? null), message, emit);
  }

  /** Asterisk 12+: the second party entering a bridge with the caller means someone answered. */
  private onBridgeEnter(message: AmiMessage, emit: Emit): void {
    const call = this.registry.touch(message, '');
    const uniqueid = amiField(message, 'Uniqueid');
    const count = Number(amiField(message, 'BridgeNumChannels') ?? '0');
    // Holding bridges (parking, queue hold) gather unrelated callers: no answer there.
    if ((amiField(message, 'BridgeType') ?? '').toLowerCase() === 'holding') return;
    if (!call || call.answered || count < 2 || !uniqueid || uniqueid === call.origin?.uniqueid) return;
    const channel = this.registry.channel(uniqueid);
    this.answer(call, channel ? ringingExtension(channel, this.rules) : null, message, emit);
  }

  /** Asterisk 11 `Bridge` (Link): two legs joined, the second one answered; `LocalBridge`: the two halves of a Local channel, no answer. */
  private onLink(message: AmiMessage, emit: Emit, answers: boolean): void {
    const first = this.registry.channel(amiField(message, 'Uniqueid1'));
    const second = this.registry.channel(amiField(message, 'Uniqueid2'));
    if (!first || !second) return;
    this.registry.moveIfUnused(second, first.callId);
    const call = this.registry.call(first.callId);
    if (!call || call.answered || !answers) return;
    const answerer = call.origin?.uniqueid === second.uniqueid ? first : second;
    this.answer(call, ringingExtension(answerer, this.rules), message, emit);
  }

  private onQueueJoin(message: AmiMessage): void {
    const call = this.registry.touch(message, '');
    if (call) call.queue = amiField(message, 'Queue') ?? call.queue;
  }

  private onHold(message: AmiMessage, name: string, emit: Emit): void {
    const call = this.registry.touch(message, '');
    if (!call || !this.ensureNewCall(call, message, emit)) return;
    // Asterisk 11 sends one `Hold` event with Status: On/Off.
    const off = name === 'unhold' || (amiField(message, 'Status') ?? '').toLowerCase() === 'off';
    emit({
      ...this.base(call, message),
      dedupeKey: this.dedupeKey(call, message, amiField(message, 'Uniqueid')),
      event: off ? 'unhold' : 'hold',
    });
  }

  private onTransfer(message: AmiMessage, name: string, emit: Emit): void {
    const result = amiField(message, 'Result');
    if (result && result.toLowerCase() !== 'success') return;
    const blind = name === 'blindtransfer';
    const prefix = blind ? 'Transferer' : 'OrigTransferer';
    const call = this.registry.touch(message, prefix);
    if (!call || !this.ensureNewCall(call, message, emit)) return;
    const target = blind
      ? cleanNumber(amiField(message, 'Extension'))
      : cleanNumber(amiField(message, 'SecondTransfererConnectedLineNum')) ||
        cleanNumber(amiField(message, 'TransferTargetCallerIDNum')) ||
        channelEndpoint(amiField(message, 'TransferTargetChannel') ?? '');
    if (!target) return;
    emit({
      ...this.base(call, message),
      dedupeKey: this.dedupeKey(call, message, amiField(message, `${prefix}Uniqueid`)),
      event: 'transfer',
      transferTo: target,
      transferType: blind ? 'blind' : 'consult',
    });
    // The call service expects the new party's answer: after a blind transfer it comes as a new
    // DialEnd/BridgeEnter on this Linkedid; an attended transfer is reported only once the
    // consulted party is already talking (on its own Linkedid), so its completion is that answer.
    call.answered = false;
    if (!blind) this.answer(call, target, message, emit);
  }

  private onHangup(message: AmiMessage, emit: Emit): void {
    const uniqueid = amiField(message, 'Uniqueid') ?? '';
    const channel = this.registry.channel(uniqueid);
    const leg = channel ? this.registry.call(channel.callId) : undefined;
    if (!leg) return; // a leg of a call we never saw begin (connected mid-call)
    const cause = Number(amiField(message, 'Cause'));
    if (Number.isInteger(cause) && cause > 0) leg.causes.push(cause);
    const call = this.registry.close(uniqueid);
    if (!call || !this.ensureNewCall(call, message, emit)) return;
    emit({
      ...this.base(call, message),
      event: 'hangup',
      cause: hangupCauseFor({ ...call, answered: call.everAnswered }),
    });
  }

  private answer(call: CallState, extension: string | null, message: AmiMessage, emit: Emit): void {
    if (call.answered) return;
    if (extension && !call.ringing.includes(extension)) call.ringing.push(extension);
    if (!this.ensureNewCall(call, message, emit)) return;
    call.answered = true;
    call.everAnswered = true;
    const outgoing = this.isOutgoing(call);
    emit({
      ...this.base(call, message),
      event: 'answer',
      answeringNumber: outgoing ? this.destination(call, undefined) || null : extension,
      users: outgoing ? this.originUsers(call) : extension ? [extension] : [],
    });
  }

  /** Sends `newCall` if not yet sent; false when the call is not one to report (internal, never dialled). */
  private ensureNewCall(call: CallState, message: AmiMessage, emit: Emit, dialled?: string): boolean {
    if (call.newCallSent) return true;
    const outgoing = this.isOutgoing(call);
    if (outgoing && call.ringing.length === 0) return false;
    call.newCallSent = true;
    const signal: NewCall = {
      ...this.base(call, message),
      event: 'newCall',
      from: this.caller(call, outgoing),
      to: this.destination(call, dialled),
      direction: outgoing ? 'out' : 'in',
      users: outgoing ? this.originUsers(call) : [...call.ringing],
      queue: call.queue,
    };
    emit(signal);
    return true;
  }

  /** Caller number; an agent's own call falls back to its endpoint; "anonymous" (the generic CTI word) when withheld. */
  private caller(call: CallState, outgoing: boolean): string {
    const number = call.origin?.callerIdNum ?? '';
    if (number) return number;
    return (outgoing && call.origin ? channelEndpoint(call.origin.name) : '') || 'anonymous';
  }

  private isOutgoing(call: CallState): boolean {
    return call.origin !== null && isInternal(call.origin, this.rules);
  }

  /** The number the caller dialled: the first channel's extension, unless it is the `s` start extension. */
  private destination(call: CallState, dialled: string | undefined): string {
    const exten = call.origin?.exten ?? '';
    if (exten && exten !== 's') return exten;
    return cleanNumber(dialled) || call.ringing[0] || '';
  }

  private originUsers(call: CallState): string[] {
    if (!call.origin) return [];
    const endpoint = channelEndpoint(call.origin.name);
    return [call.origin.callerIdNum || endpoint].filter(Boolean);
  }

  private dedupeKey(call: CallState, message: AmiMessage, uniqueid: string | undefined): string {
    call.repeats += 1;
    const timestamp = amiField(message, 'Timestamp');
    return `${uniqueid ?? call.callId}:${timestamp ?? `#${call.repeats}`}`;
  }

  private base(call: CallState, message: AmiMessage) {
    return { pbxId: this.options.pbxId, callId: call.callId, at: timestampOf(message), raw: amiToRecord(message) };
  }
}

/** AMI `Timestamp: 1409169929.412068` (epoch seconds, sent when `timestampevents = yes`). */
function timestampOf(message: AmiMessage): Date | null {
  const value = Number(amiField(message, 'Timestamp'));
  return Number.isFinite(value) && value > 0 ? new Date(Math.round(value * 1000)) : null;
}
