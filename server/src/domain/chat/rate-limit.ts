/**
 * A sliding-window limit: `used` events in the last `windowSeconds` against `limit`. Pure; the
 * caller counts in the database, so every server process sees the same numbers.
 */
export function limitReached(used: number, limit: number): boolean {
  return used >= limit;
}
