/**
 * Which waiting contact is served first. Priorities alone would starve low-priority contacts when
 * traffic is heavy, so waiting ages a contact upward until it beats newer high-priority ones.
 * Pure: the caller passes `now`.
 */

/** Default ageing: one priority point per 60 s waited (a 10-minute wait is worth +10). */
export const DEFAULT_AGEING_STEP_MS = 60_000;

export interface QueuedContact {
  queuePriority: number;
  contactPriority: number;
  /**
   * When the contact started waiting. A contact that comes back after a decline or a missed offer
   * keeps its original time, so it does not lose its place.
   */
  waitingSince: Date;
}

/** Whole points only: contacts in the same ageing step stay ordered by age, not by milliseconds. */
export function ageingBonus(waitingSince: Date, now: Date, ageingStepMs: number = DEFAULT_AGEING_STEP_MS): number {
  if (!Number.isFinite(ageingStepMs) || ageingStepMs <= 0) {
    throw new RangeError(`ageingStepMs must be a positive number of milliseconds, got ${ageingStepMs}`);
  }
  // A clock skew between processes must not turn into a penalty.
  const waitedMs = Math.max(0, now.getTime() - waitingSince.getTime());
  return Math.floor(waitedMs / ageingStepMs);
}

export function effectivePriority(
  contact: QueuedContact,
  now: Date,
  ageingStepMs: number = DEFAULT_AGEING_STEP_MS,
): number {
  return contact.queuePriority + contact.contactPriority + ageingBonus(contact.waitingSince, now, ageingStepMs);
}

/**
 * A new array, first to serve first: higher effective priority, then oldest; contacts equal on
 * both keep their input order (the sort is stable).
 */
export function orderWaitingContacts<T extends QueuedContact>(
  contacts: readonly T[],
  now: Date,
  ageingStepMs: number = DEFAULT_AGEING_STEP_MS,
): T[] {
  const ranked = contacts.map((contact) => ({
    contact,
    priority: effectivePriority(contact, now, ageingStepMs),
    since: contact.waitingSince.getTime(),
  }));
  ranked.sort((a, b) => b.priority - a.priority || a.since - b.since);
  return ranked.map((entry) => entry.contact);
}
