/**
 * Slows password guessing: after too many failed sign-ins for one email, or from one address,
 * within the window, sign-in is refused until the oldest failure leaves the window. Kept in the
 * process: with N processes behind a load balancer the limits are N times looser, which still
 * turns an online guessing attack into a very slow one.
 */
export interface LoginThrottleOptions {
  windowMs?: number;
  maxPerEmail?: number;
  maxPerAddress?: number;
  now?: () => number;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}) {
  const windowMs = options.windowMs ?? 15 * 60_000;
  const maxPerEmail = options.maxPerEmail ?? 10;
  const maxPerAddress = options.maxPerAddress ?? 50;
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();

  function recent(key: string): number[] {
    const since = now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  }

  const keys = (email: string, address: string | null) => [
    `email:${email.trim().toLowerCase()}`,
    ...(address ? [`addr:${address}`] : []),
  ];

  return {
    /** Seconds to wait before trying again, or 0 when sign-in may be attempted. */
    retryAfterSeconds(email: string, address: string | null): number {
      let wait = 0;
      for (const key of keys(email, address)) {
        const list = recent(key);
        const max = key.startsWith('email:') ? maxPerEmail : maxPerAddress;
        if (list.length >= max) wait = Math.max(wait, Math.ceil((list[list.length - max]! + windowMs - now()) / 1000));
      }
      return wait;
    },

    failed(email: string, address: string | null): void {
      for (const key of keys(email, address)) failures.set(key, [...recent(key), now()]);
      // Bound memory under a spray of random emails.
      if (failures.size > 100_000) failures.delete(failures.keys().next().value!);
    },

    succeeded(email: string): void {
      failures.delete(`email:${email.trim().toLowerCase()}`);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
