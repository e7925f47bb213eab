import type { HangupCause } from '@shared/schemas/cti';

/**
 * How a call that never reached an agent ended, from what Asterisk said about it.
 *
 * The Dial application's `DialStatus` (DialEnd, or Asterisk 11 `Dial` SubEvent End) is the most
 * precise witness, so it wins; without one (queue, IVR) the Q.850 `Cause` codes of the channels'
 * Hangup events decide. An answered call always ends in `normalClearing`: what matters then is
 * that it was answered, not which side hung up or how.
 *
 * | DialStatus                 | Cause (Q.850)                                   | result         |
 * |----------------------------|-------------------------------------------------|----------------|
 * | CANCEL                     | 0 or 16 with no answer (the caller gave up)     | cancel         |
 * | BUSY, DONTCALL             | 17 user busy, 21 call rejected                  | busy           |
 * | NOANSWER, TORTURE          | 18 no user responding, 19 no answer             | noAnswer       |
 * | CHANUNAVAIL, INVALIDARGS   | 1 unallocated, 3 no route, 20 absent, 22, 28    | notFound       |
 * | CONGESTION                 | 34, 38, 41, 42, 44, 47 (network/circuit trouble) | congestion    |
 * | (anything else)            | (anything else)                                 | normalClearing |
 */
const BY_DIAL_STATUS: Record<string, HangupCause> = {
  CANCEL: 'cancel',
  BUSY: 'busy',
  DONTCALL: 'busy',
  NOANSWER: 'noAnswer',
  TORTURE: 'noAnswer',
  CHANUNAVAIL: 'notFound',
  INVALIDARGS: 'notFound',
  CONGESTION: 'congestion',
};

const BY_CAUSE: Record<number, HangupCause> = {
  1: 'notFound',
  3: 'notFound',
  17: 'busy',
  18: 'noAnswer',
  19: 'noAnswer',
  20: 'notFound',
  21: 'busy',
  22: 'notFound',
  28: 'notFound',
  34: 'congestion',
  38: 'congestion',
  41: 'congestion',
  42: 'congestion',
  44: 'congestion',
  47: 'congestion',
};

export interface CallEnding {
  answered: boolean;
  /** The last DialStatus seen for the call, upper case, or null. */
  dialStatus: string | null;
  /** `Cause` of every Hangup of the call's channels, in order. */
  causes: readonly number[];
}

export function hangupCauseFor(ending: CallEnding): HangupCause {
  if (ending.answered) return 'normalClearing';
  const byStatus = ending.dialStatus ? BY_DIAL_STATUS[ending.dialStatus] : undefined;
  if (byStatus) return byStatus;
  // The first specific cause tells what went wrong; 0/16 are what the other legs report afterwards.
  for (const cause of ending.causes) {
    const mapped = BY_CAUSE[cause];
    if (mapped) return mapped;
  }
  // Unanswered and nothing specific: the caller hung up while it rang (or waited in a queue/IVR).
  return 'cancel';
}
