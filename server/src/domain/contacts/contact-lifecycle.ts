/**
 * The contact lifecycle: every state a contact can be in and every move between them, in one table.
 * Pure (no database, no express): the lifecycle repository applies a move under the contact's row
 * lock and refuses one this table does not allow, so no service can invent a path of its own.
 *
 * The main path is `queued → offered → active → wrap_up → closed`; a declined or expired offer goes
 * back to `queued`; a customer who leaves before an agent takes the contact makes it `abandoned`; a
 * call nobody answered is `missed`.
 *
 * What today's code really does, and why each odd move exists:
 * - `active → active`: the contact changes hands without leaving the desk (a warm transfer accepted,
 *   an attended phone transfer completed by the consulted agent).
 * - `offered → offered`: a ringing call the PBX sends on to someone else (blind transfer before answer).
 * - `queued|offered|active → closed`: a phone call that ends with no agent to wrap it up (outbound
 *   not answered, answered by an unknown number, hung up while waiting after a transfer).
 * - `missed → closed`: the PBX reports the answer after the hang-up (events out of order).
 * - a contact is created `queued` (waits for routing), `offered` (the PBX already rings agents) or
 *   `closed` (a blocked number, refused at once); never in the middle of a conversation.
 *
 * Later channels fit without bending the table:
 * - Email: a message waits (`queued`), is offered and worked (`active`) like a chat. Waiting on the
 *   customer's reply is a new state (`pending`: `active → pending → queued` when the reply comes back
 *   to the queue or the same agent, `pending → closed` after a time-out), added with the channel.
 * - Callbacks: booked for later they are `queued` with `not_before` (no new state); dialled = `active`;
 *   reached = `wrap_up → closed` as a call; not reached = back to `queued` with a new `not_before`
 *   (`active → queued` exists already), or `missed` once the attempts run out (`active → missed`,
 *   added with the retry rules, since an answered contact cannot be missed today).
 */

export const CONTACT_STATES = ['queued', 'offered', 'active', 'wrap_up', 'closed', 'abandoned', 'missed'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];

/** From each state, the states a contact may move to. A state with no exits is final. */
const TRANSITIONS: Readonly<Record<ContactState, readonly ContactState[]>> = {
  queued: ['offered', 'active', 'closed', 'abandoned', 'missed'],
  offered: ['queued', 'offered', 'active', 'closed', 'abandoned', 'missed'],
  active: ['active', 'queued', 'offered', 'wrap_up', 'closed'],
  wrap_up: ['closed'],
  missed: ['closed'],
  closed: [],
  abandoned: [],
};

/** The states a contact can be created in. */
export const INITIAL_CONTACT_STATES: readonly ContactState[] = ['queued', 'offered', 'closed'];

/** Still someone's business: waiting, ringing, in conversation or in wrap-up. */
export const OPEN_CONTACT_STATES: readonly ContactState[] = ['queued', 'offered', 'active', 'wrap_up'];

export function isContactState(value: string): value is ContactState {
  return (CONTACT_STATES as readonly string[]).includes(value);
}

export function canTransition(from: string, to: ContactState): boolean {
  return isContactState(from) && TRANSITIONS[from].includes(to);
}

export function isInitialState(state: string): boolean {
  return (INITIAL_CONTACT_STATES as readonly string[]).includes(state);
}

export function isFinalState(state: ContactState): boolean {
  return TRANSITIONS[state].length === 0;
}

export function nextStates(from: ContactState): readonly ContactState[] {
  return TRANSITIONS[from];
}
