import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors';
import {
  canTransition,
  isInitialState,
  OPEN_CONTACT_STATES,
  type ContactState,
} from '../../domain/contacts/contact-lifecycle';
import { contacts } from '../schema';
import type { DbOrTx } from '../store';
import type { ContactChanges, ContactRow, NewContactRow } from './contacts.repository';

/**
 * The only place a contact's `state` is written: creation in an initial state, and moves the
 * lifecycle table allows, each under the contact's row lock inside the caller's transaction.
 *
 * Lock order. Every transaction that touches several of these rows takes them in this order:
 *
 *   (chat conversation →) contact → offer → agent → case
 *
 * so two of them never wait for each other in a circle (see also routing's seat rule:
 * an agent's load on a channel is their contacts offered, active or in wrap-up plus their pending
 * offers, and whatever creates or accepts an offer locks the agent before counting it).
 * - routing pass: the contact (`skip locked`: another process is routing it), then the chosen
 *   agent (`skip locked`: busy elsewhere, try the next), whose seats are counted again, then the
 *   new offer row;
 * - offer accept, decline, expiry: the offer is read without a lock, then its contact, the offer,
 *   the agent (seat check, miss count, presence), then the case whose owner changes;
 * - a visitor leaving a chat: the conversation, the contact, its pending offers (withdrawn);
 * - transfer: the contact, the sender's presence (agent), the receiver's new offer and seat;
 * - call events: the call's event row, the contact (with the call), then agents' presences;
 * - case close: its open contacts (by id), then the case.
 * Two agents in one transaction (a transfer) can still cross another transfer the other way; the
 * database then breaks one, and `inTransaction` runs it again (a bounded number of times).
 */

/** Everything the caller may write with a move, except the state itself. */
export type TransitionChanges = ContactChanges;

/** Changes a contact's other columns, never its state (typed so it cannot take one). */
export async function changeContact(db: DbOrTx, contactId: string, changes: ContactChanges): Promise<ContactRow> {
  const [row] = await db.update(contacts).set(changes).where(eq(contacts.id, contactId)).returning();
  return row!;
}

/** The one refusal: a move the lifecycle does not allow, named so the log and the client see which. */
function refused(from: string | null, to: string): AppError {
  return new AppError(
    'contact_state_conflict',
    from === null ? `a contact cannot start ${to}` : `this contact cannot go from ${from} to ${to}`,
  );
}

/** Locks the contact's row for the rest of the transaction; null when it does not exist (or is locked and `skipLocked`). */
export async function lockContact(
  db: DbOrTx,
  contactId: string,
  options: { skipLocked?: boolean } = {},
): Promise<ContactRow | null> {
  const query = db.select().from(contacts).where(eq(contacts.id, contactId)).limit(1);
  const [row] = await query.for('update', options.skipLocked ? { skipLocked: true } : {});
  return row ?? null;
}

/** A case's contacts still open (waiting, ringing, in conversation, in wrap-up), locked so none moves while the case closes. */
export async function lockOpenContactsOfCase(
  db: DbOrTx,
  caseId: string,
): Promise<Array<{ id: string; channel: string; state: string }>> {
  return db
    .select({ id: contacts.id, channel: contacts.channel, state: contacts.state })
    .from(contacts)
    .where(and(eq(contacts.caseId, caseId), inArray(contacts.state, [...OPEN_CONTACT_STATES])))
    .orderBy(asc(contacts.id))
    .for('update');
}

/** A new contact, in a state a contact may start in. */
export async function createContact(db: DbOrTx, row: NewContactRow & { state: ContactState }): Promise<ContactRow> {
  if (!isInitialState(row.state)) throw refused(null, row.state);
  const [inserted] = await db.insert(contacts).values(row).returning();
  return inserted!;
}

/**
 * Moves a contact to `to` with the columns that go with the move (agent, times, disposition,
 * durations, declined-by…), under its row lock; refuses a move the lifecycle does not allow.
 * Returns the updated row.
 */
export async function transitionContact(
  db: DbOrTx,
  contactId: string,
  to: ContactState,
  changes: TransitionChanges = {},
): Promise<ContactRow> {
  const current = await lockContact(db, contactId);
  if (!current) throw new AppError('contact_not_found', 'contact not found');
  if (!canTransition(current.state, to)) throw refused(current.state, to);
  const [row] = await db
    .update(contacts)
    .set({ ...changes, state: to })
    .where(eq(contacts.id, contactId))
    .returning();
  return row!;
}
