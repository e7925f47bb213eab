import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agents } from './agents';
import { createdAt, updatedAt } from './columns';
import { contacts, transfers } from './contacts';
import { customers } from './customers';
import { pbxConnections } from './telephony';

// Outboxes: what must leave the product (emails, PBX commands), written in the transaction that
// decided it and sent afterwards by a worker.

/**
 * Emails the product has to send (chat transcripts for now), queued here in the same transaction
 * as what caused them; a mail relay worker sends them. Nothing here pretends a mail was sent.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    state: text('state').notNull().default('queued'),
    customerId: uuid('customer_id').references(() => customers.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('email_outbox_queued_idx').on(t.createdAt).where(sql`${t.state} = 'queued'`),
    uniqueIndex('email_outbox_once_per_contact').on(t.contactId, t.purpose, t.toAddress),
    check('email_outbox_state_check', sql`${t.state} in ('queued','sent','failed')`),
    check('email_outbox_purpose_check', sql`${t.purpose} in ('chat_transcript')`),
  ],
);

export type PbxCommandKind = 'redirect' | 'attended' | 'attended_complete' | 'attended_cancel';
export type PbxCommandState = 'pending' | 'sent' | 'failed' | 'done';

/**
 * The outbox of what a PBX must do to a call after a transfer decision, written in that
 * decision's transaction and sent by the process that holds the PBX link.
 * - `redirect`: move the caller's leg to `target_extension` (a cold transfer, once accepted);
 * - `attended`: the sender consults `target_extension` while the caller waits on hold (warm);
 * - `attended_complete` / `attended_cancel`: end that consultation by handing the caller over,
 *   or by hanging up the consulted leg so the sender has the caller back.
 */
export const pbxCommands = pgTable(
  'pbx_commands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Commands of one call are sent in this order. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    pbxId: uuid('pbx_id').notNull(),
    pbxCallId: text('pbx_call_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    transferId: uuid('transfer_id'),
    kind: text('kind').$type<PbxCommandKind>().notNull(),
    fromAgentId: uuid('from_agent_id'),
    toAgentId: uuid('to_agent_id'),
    fromExtension: text('from_extension'),
    targetExtension: text('target_extension'),
    state: text('state').$type<PbxCommandState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('pbx_commands_pending_idx').on(t.pbxId, t.seq).where(sql`${t.state} = 'pending'`),
    index('pbx_commands_transfer_idx').on(t.transferId),
    // Migration 0010 (hand-written) declared these keys inline: Postgres named them `<table>_<column>_fkey`.
    foreignKey({ name: 'pbx_commands_pbx_id_fkey', columns: [t.pbxId], foreignColumns: [pbxConnections.id] }),
    foreignKey({ name: 'pbx_commands_contact_id_fkey', columns: [t.contactId], foreignColumns: [contacts.id] }),
    foreignKey({ name: 'pbx_commands_transfer_id_fkey', columns: [t.transferId], foreignColumns: [transfers.id] }),
    foreignKey({ name: 'pbx_commands_from_agent_id_fkey', columns: [t.fromAgentId], foreignColumns: [agents.id] }),
    foreignKey({ name: 'pbx_commands_to_agent_id_fkey', columns: [t.toAgentId], foreignColumns: [agents.id] }),
    check('pbx_commands_kind_check', sql`${t.kind} in ('redirect','attended','attended_complete','attended_cancel')`),
    check('pbx_commands_state_check', sql`${t.state} in ('pending','sent','failed','done')`),
  ],
);
