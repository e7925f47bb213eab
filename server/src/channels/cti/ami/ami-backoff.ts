/** When to try again after a lost link or a refused login. */
export interface ReconnectPolicy {
  /** First retry delay; doubled on each failed attempt. Default 1 s. */
  initialDelayMs: number;
  /** Cap of the doubling. Default 30 s. */
  maxDelayMs: number;
  /** After a refused login (wrong secret): no point hammering the PBX. Default 60 s. */
  loginFailureDelayMs: number;
  /** Fraction of the delay randomised (0..1), so many desks do not reconnect in step. Default 0.2. */
  jitter: number;
}

export const DEFAULT_RECONNECT: ReconnectPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  loginFailureDelayMs: 60_000,
  jitter: 0.2,
};

/** Delay before attempt number `attempt` (0 = first retry): capped exponential, +/- jitter. */
export function reconnectDelay(
  policy: ReconnectPolicy,
  attempt: number,
  loginRefused: boolean,
  random: () => number,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt, 30));
  const base = loginRefused ? Math.max(policy.loginFailureDelayMs, exponential) : exponential;
  const spread = base * Math.min(Math.max(policy.jitter, 0), 1);
  return Math.max(0, Math.round(base - spread + random() * 2 * spread));
}
