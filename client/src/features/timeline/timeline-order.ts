import type { TimelineEvent } from '@shared/schemas/timeline';

function compareIds(a: string, b: string): number {
  // Ids are database sequence numbers sent as strings: compare them as numbers.
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const difference = BigInt(a) - BigInt(b);
    return difference === 0n ? 0 : difference > 0n ? 1 : -1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first: by occurredAt, then by id, like the server's keyset. Negative when `a` comes first. */
export function newestFirst(a: TimelineEvent, b: TimelineEvent): number {
  const byTime = Date.parse(b.occurredAt) - Date.parse(a.occurredAt);
  return byTime !== 0 ? byTime : compareIds(b.id, a.id);
}
