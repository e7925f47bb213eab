/**
 * What happens around one offer to one agent: when it lapses, and when an agent who keeps missing
 * offers is taken out of routing. Pure: the caller owns the clock and the miss counter.
 */

/** An offer nobody answers counts as declined after this long (issue 4: default 20 s). */
export const DEFAULT_OFFER_TIMEOUT_MS = 20_000;

/** Consecutive missed offers after which the agent is set `away` (issue 4: N, default 3). */
export const DEFAULT_MAX_CONSECUTIVE_MISSES = 3;

export interface MissedOfferOutcome {
  /** True when the agent must be set `away` so the next contacts stop ringing an empty seat. */
  setAway: boolean;
}

/**
 * Called after a miss (timeout, not an explicit decline). `consecutiveMisses` already counts this
 * miss; the caller resets it to 0 when the agent accepts an offer.
 */
export function afterMissedOffer(
  consecutiveMisses: number,
  maxMisses: number = DEFAULT_MAX_CONSECUTIVE_MISSES,
): MissedOfferOutcome {
  if (!Number.isInteger(maxMisses) || maxMisses < 1) {
    throw new RangeError(`maxMisses must be a whole number of at least 1, got ${maxMisses}`);
  }
  if (!Number.isInteger(consecutiveMisses) || consecutiveMisses < 0) {
    throw new RangeError(`consecutiveMisses must be a whole number of at least 0, got ${consecutiveMisses}`);
  }
  return { setAway: consecutiveMisses >= maxMisses };
}

/** The instant an unanswered offer lapses and the contact goes back to the queue. */
export function offerExpiresAt(offeredAt: Date, timeoutMs: number = DEFAULT_OFFER_TIMEOUT_MS): Date {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  return new Date(offeredAt.getTime() + timeoutMs);
}

/** True once the offer has lapsed; the boundary instant itself counts as lapsed. */
export function isOfferExpired(offeredAt: Date, now: Date, timeoutMs: number = DEFAULT_OFFER_TIMEOUT_MS): boolean {
  return now.getTime() >= offerExpiresAt(offeredAt, timeoutMs).getTime();
}
