import type { PbxCommand } from '../pbx-command';
import { channelEndpoint, type ChannelInfo } from './ami-call-parties';

/** The legs of one call the tracker still sees open, and the one that started it. */
export interface CallLegs {
  origin: ChannelInfo | null;
  open: ChannelInfo[];
}

export type AmiTransferPlan =
  /** Send this action; `expectExtension`: the command is done once a leg of that extension joins the call. */
  | { kind: 'send'; action: Array<[string, string]>; expectExtension: string | null }
  /** Nothing to ask the PBX: what was wanted is already so. */
  | { kind: 'nothing'; why: string }
  /** Cannot be done; the reason is shown to the agents. */
  | { kind: 'refuse'; reason: string };

/** Is this leg the phone of that extension? (`PJSIP/1001-0000002a`, or its caller id.) */
export function isLegOf(leg: ChannelInfo, extension: string): boolean {
  return channelEndpoint(leg.name) === extension || leg.callerIdNum === extension;
}

/**
 * The AMI action for a transfer command, from the call's legs as the tracker knows them.
 *
 * - `redirect` (cold, accepted): `Redirect` of the *caller's* leg to `<receiver>@<context>`,
 *   priority 1. Redirect exists on every Asterisk the tracker follows (11 too, where the newer
 *   `BlindTransfer` does not) and acts on the caller's channel itself, whatever the agent's leg is
 *   doing; the agent's leg, left alone in its bridge, is hung up by Asterisk.
 * - `attended` (warm, offered): `Atxfer` on the *sender's* leg with `Exten`/`Context`: Asterisk
 *   holds the caller and has the sender's phone call the receiver (the consultation). It needs
 *   the `atxfer` feature code set in features.conf; without it Asterisk answers Error, and the
 *   command fails with that message.
 * - `attended_complete` (warm, accepted): `Hangup` of the sender's leg while the consulted leg is
 *   up. In Asterisk 12+ the transferer hanging up completes an attended transfer: the caller is
 *   bridged with the receiver (or rings them, if they have not picked up yet).
 * - `attended_cancel` (warm, declined): `Hangup` of the consulted leg: Asterisk gives the caller
 *   back to the sender.
 *
 * A call whose hang-up was reported, or that this AMI link does not follow (it ended, or began
 * before the adapter connected), is refused: nobody is moved, and the agents are told why.
 */
export function planTransferAction(command: PbxCommand, legs: CallLegs | null, context: string): AmiTransferPlan {
  if (command.callEnded || !legs || legs.open.length === 0) {
    return { kind: 'refuse', reason: 'the call has ended (or this AMI link no longer follows it): nobody was moved' };
  }
  const from = command.fromExtension;
  const target = command.targetExtension;
  if (!target) return { kind: 'refuse', reason: 'the receiver has no extension: transfer the call on the phone' };
  const senderLeg = from ? legs.open.find((leg) => isLegOf(leg, from)) : undefined;
  const targetLeg = legs.open.find((leg) => isLegOf(leg, target) && leg !== senderLeg);

  switch (command.kind) {
    case 'redirect': {
      // The caller: the leg that started the call unless it is the sender's phone (a call they placed).
      const isCustomer = (leg: ChannelInfo) => !(from && isLegOf(leg, from)) && !isLegOf(leg, target);
      const origin =
        legs.origin && legs.open.some((leg) => leg.uniqueid === legs.origin?.uniqueid) ? legs.origin : null;
      const caller = origin && isCustomer(origin) ? origin : legs.open.find(isCustomer);
      if (!caller) return { kind: 'refuse', reason: 'the caller is no longer on this call: nobody was moved' };
      return {
        kind: 'send',
        action: [
          ['Action', 'Redirect'],
          ['Channel', caller.name],
          ['Exten', target],
          ['Context', context],
          ['Priority', '1'],
        ],
        expectExtension: target,
      };
    }
    case 'attended': {
      if (!senderLeg)
        return {
          kind: 'refuse',
          reason: `the sender's phone (${from ?? 'no extension'}) is not on this call: transfer it on the phone`,
        };
      return {
        kind: 'send',
        action: [
          ['Action', 'Atxfer'],
          ['Channel', senderLeg.name],
          ['Exten', target],
          ['Context', context],
        ],
        expectExtension: target,
      };
    }
    case 'attended_complete': {
      if (command.consultState !== 'sent' && command.consultState !== 'done') {
        return {
          kind: 'refuse',
          reason: 'the consultation with the receiver never started: transfer the call on the phone',
        };
      }
      // Hanging the sender up with no consultation going on would hang up on the caller.
      if (!senderLeg || !targetLeg) {
        return {
          kind: 'refuse',
          reason: 'the consultation has ended on the phone (a phone hung up): the call was not handed over',
        };
      }
      return {
        kind: 'send',
        action: [
          ['Action', 'Hangup'],
          ['Channel', senderLeg.name],
        ],
        expectExtension: null,
      };
    }
    case 'attended_cancel': {
      if (!targetLeg) return { kind: 'nothing', why: 'the consulted phone is no longer on the call' };
      return {
        kind: 'send',
        action: [
          ['Action', 'Hangup'],
          ['Channel', targetLeg.name],
        ],
        expectExtension: null,
      };
    }
  }
}
