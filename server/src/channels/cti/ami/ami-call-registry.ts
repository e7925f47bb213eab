import { channelFrom, type ChannelInfo } from './ami-call-parties';
import { amiField, type AmiMessage } from './ami-message';

/** What the tracker knows about one call (one Linkedid). */
export interface CallState {
  callId: string;
  /** The channel that started the call: it decides direction and the caller's number. */
  origin: ChannelInfo | null;
  /** Uniqueids of the legs not hung up yet; the call ends when this empties. */
  open: Set<string>;
  ringing: string[];
  queue: string | null;
  newCallSent: boolean;
  /** Answered by the current party (reset by a transfer, which waits for the new party's answer). */
  answered: boolean;
  /** Answered at least once: decides the hangup cause. */
  everAnswered: boolean;
  dialStatus: string | null;
  causes: number[];
  /** Per-call counter for dedupe keys when the PBX sends no Timestamp. */
  repeats: number;
}

export type TrackedChannel = ChannelInfo & { callId: string };

/**
 * Calls and their legs. A leg belongs to the call of its Linkedid (Asterisk 12+), or, on
 * Asterisk 11 which has none, to the call that dialled or bridged it (`callIdHint`).
 * Bounded: past `maxCalls` the oldest call is forgotten (its hangup was lost, e.g. while disconnected).
 */
export class AmiCallRegistry {
  private readonly calls = new Map<string, CallState>();
  private readonly channels = new Map<string, TrackedChannel>();

  constructor(private readonly maxCalls: number) {}

  get size(): number {
    return this.calls.size;
  }

  channel(uniqueid: string | undefined): TrackedChannel | undefined {
    return uniqueid === undefined ? undefined : this.channels.get(uniqueid);
  }

  call(callId: string): CallState | undefined {
    return this.calls.get(callId);
  }

  /** The legs of a call still up, and the one that started it; null for a call not (or no longer) followed. */
  legs(callId: string): { origin: TrackedChannel | null; open: TrackedChannel[] } | null {
    const call = this.calls.get(callId);
    if (!call) return null;
    const open = [...call.open]
      .map((uniqueid) => this.channels.get(uniqueid))
      .filter((c): c is TrackedChannel => c !== undefined);
    return { origin: call.origin ? (this.channels.get(call.origin.uniqueid) ?? null) : null, open };
  }

  /** Registers the channel an event is about (and its call), learning what the event tells. */
  touch(message: AmiMessage, prefix: string, callIdHint?: string): CallState | null {
    const info = channelFrom(message, prefix);
    if (!info) return null;
    if (!info.name && prefix === 'Dest') info.name = amiField(message, 'Destination') ?? ''; // Asterisk 11
    const known = this.channels.get(info.uniqueid);
    if (known) {
      known.name = info.name || known.name;
      known.callerIdNum = known.callerIdNum || info.callerIdNum;
      known.exten = known.exten || info.exten;
      known.context = known.context || info.context;
      if (callIdHint && callIdHint !== known.callId) this.moveIfUnused(known, callIdHint);
      return this.calls.get(known.callId) ?? null;
    }
    const callId = callIdHint ?? amiField(message, `${prefix}Linkedid`) ?? info.uniqueid;
    const call = this.calls.get(callId) ?? this.createCall(callId);
    const channel: TrackedChannel = { ...info, callId };
    this.channels.set(info.uniqueid, channel);
    call.open.add(info.uniqueid);
    // The leg whose Uniqueid is the Linkedid started the call, even if another leg was seen first.
    if (!call.origin || (info.uniqueid === callId && !call.newCallSent)) call.origin = channel;
    return call;
  }

  /** Asterisk 11: a leg first seen alone joins the call that dialled or bridged it, if its own call has not spoken yet. */
  moveIfUnused(channel: TrackedChannel, callId: string): void {
    const from = this.calls.get(channel.callId);
    const to = this.calls.get(callId);
    if (!to || (from && (from.newCallSent || from.open.size > 1))) return;
    if (from) this.calls.delete(from.callId);
    channel.callId = callId;
    to.open.add(channel.uniqueid);
  }

  /** A leg hung up; returns its call when that was the last leg (the call is then forgotten). */
  close(uniqueid: string): CallState | null {
    const channel = this.channels.get(uniqueid);
    const call = channel ? this.calls.get(channel.callId) : undefined;
    this.channels.delete(uniqueid);
    if (!call) return null;
    call.open.delete(uniqueid);
    if (call.open.size > 0) return null;
    this.calls.delete(call.callId);
    return call;
  }

  private createCall(callId: string): CallState {
    if (this.calls.size >= this.maxCalls) {
      const oldest = this.calls.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    const call: CallState = {
      callId,
      origin: null,
      open: new Set(),
      ringing: [],
      queue: null,
      newCallSent: false,
      answered: false,
      everAnswered: false,
      dialStatus: null,
      causes: [],
      repeats: 0,
    };
    this.calls.set(callId, call);
    return call;
  }

  private forget(callId: string): void {
    const call = this.calls.get(callId);
    if (!call) return;
    for (const uniqueid of call.open) this.channels.delete(uniqueid);
    this.calls.delete(callId);
  }
}
