/**
 * Whether a queue takes contacts now, and what a customer is told while waiting. Pure: the
 * caller loads the queue and its numbers and passes `now`.
 */
import { isOpen, nextOpening, parseBusinessHours } from './business-hours';

export type AfterHoursAction = 'wait' | 'callback' | 'message';

export interface QueueHours {
  timeZone: string;
  businessHours: unknown;
  afterHoursAction: AfterHoursAction;
}

export interface QueueOpenState {
  open: boolean;
  /** Now when open; the next opening when closed; null when the hours have no opening at all. */
  nextOpening: Date | null;
}

export function queueOpenState(queue: QueueHours, now: Date): QueueOpenState {
  const hours = parseBusinessHours(queue.businessHours);
  if (isOpen(hours, queue.timeZone, now)) return { open: true, nextOpening: now };
  return { open: false, nextOpening: nextOpening(hours, queue.timeZone, now) };
}

export type ArrivalOutcome =
  | { kind: 'queue' }
  /** Closed and configured to keep contacts: they wait and are offered from the opening on. */
  | { kind: 'wait-for-opening'; nextOpening: Date | null }
  /** Closed and configured to send customers elsewhere: nothing is queued. */
  | { kind: 'redirect'; action: 'callback' | 'message'; nextOpening: Date | null };

/** What happens to a contact arriving now. */
export function arrivalOutcome(queue: QueueHours, now: Date): ArrivalOutcome {
  const state = queueOpenState(queue, now);
  if (state.open) return { kind: 'queue' };
  if (queue.afterHoursAction === 'wait') return { kind: 'wait-for-opening', nextOpening: state.nextOpening };
  return { kind: 'redirect', action: queue.afterHoursAction, nextOpening: state.nextOpening };
}

/**
 * A rough, honest wait estimate: the contacts ahead (and this one) shared among the seats able to
 * take them, each taking the recent average handling time. Unknown (null) without agents or
 * without history; zero when a seat is free now.
 */
export function estimateWaitSeconds(input: {
  position: number;
  seats: number;
  freeSeats: number;
  averageHandleSeconds: number | null;
}): number | null {
  if (input.seats <= 0) return null;
  if (input.freeSeats >= input.position) return 0;
  if (input.averageHandleSeconds === null || input.averageHandleSeconds <= 0) return null;
  const ahead = input.position - input.freeSeats;
  return Math.ceil((ahead * input.averageHandleSeconds) / input.seats);
}
