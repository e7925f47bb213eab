import type { CallState } from '@shared/schemas/call';

/** The call as a desk sees it, from the contact's lifecycle state and whether it is on hold. */
export function callStateOf(contactState: string, heldSince: Date | null): CallState {
  switch (contactState) {
    case 'queued':
    case 'offered':
      return 'ringing';
    case 'active':
      return heldSince ? 'held' : 'active';
    case 'wrap_up':
      return 'wrap_up';
    case 'missed':
    case 'abandoned':
      return 'missed';
    default:
      return 'ended';
  }
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** Hold time after a resume: what was held so far plus this hold. */
export function holdAfterResume(holdSeconds: number, heldSince: Date, resumedAt: Date): number {
  return holdSeconds + seconds(heldSince, resumedAt);
}

/** Talk time: from answer to hang-up, less the time on hold. */
export function talkSeconds(answeredAt: Date, endedAt: Date, holdSeconds: number): number {
  return Math.max(0, seconds(answeredAt, endedAt) - holdSeconds);
}

export function elapsedSeconds(from: Date, to: Date): number {
  return seconds(from, to);
}

const LATEST_PAST_MS = 24 * 3600_000;
const EARLIEST_FUTURE_MS = 2 * 60_000;

/**
 * When an event happened: the PBX's own time when it is plausible (a retry may come minutes late
 * and must keep its place), otherwise the time it reached us. A PBX clock that is days off, or
 * an event without a time beside ones with, must not scramble a customer's timeline.
 */
export function eventTime(pbxTime: Date | null, receivedAt: Date): Date {
  if (!pbxTime) return receivedAt;
  const drift = pbxTime.getTime() - receivedAt.getTime();
  return drift > EARLIEST_FUTURE_MS || drift < -LATEST_PAST_MS ? receivedAt : pbxTime;
}
