import { and, eq, inArray } from 'drizzle-orm';
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
 * Lock order. A transaction that touches several of these rows takes them, in the main, in this order:
 *
 *   case (closing it) → offer → contact → agent → case (ownership moving on a transfer)
 *
 * - routing pass: the contact (`skip locked`: another process is routing it), then inserts the
 *   offer (a new row: nothing to wait for but the one-pending-offer-per-contact index);
 * - offer accept: the offer, the contact, then the accepting agent (their accepts serialise on it),
 *   then the case whose owner changes, and the sender's presence;
 * - offer decline: the offer, then the contact;
 * - transfer: the contact, then the sender's presence (agent), then the receiver's new offer;
 * - call events: the call's event row, the contact (with the call), then agents' presences;
 * - case close: the case, then its open contacts.
 * Three paths take two of these the other way round today, and PostgreSQL breaks a deadlock between
 * them by failing one transaction: offer expiry (offer → agent's miss count → contact), a visitor
 * leaving a chat (conversation and contact → its pending offers, withdrawn) and case close against
 * an accept that moves the case's owner (case → contacts / contact → case). The engine under load
 * is a later issue: follow the main order when adding a path, and update this note if it changes.
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
