import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agents } from './agents';
import { cases } from './cases';
import { createdAt, updatedAt } from './columns';
import { customers } from './customers';
import { queues } from './queues';

// Contacts (one interaction on one channel), the offers and transfers that move them, and the
// outcomes an agent records at wrap-up.

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id').references(() => customers.id),
    caseId: uuid('case_id').references(() => cases.id),
    queueId: uuid('queue_id').references(() => queues.id),
    agentId: uuid('agent_id').references(() => agents.id),
    channel: text('channel').notNull(),
    direction: text('direction').notNull().default('inbound'),
    state: text('state').notNull().default('queued'),
    subject: text('subject'),
    /** The channel's own id: PBX call id, email Message-ID, chat conversation id. */
    externalId: text('external_id'),
    priority: integer('priority').notNull().default(0),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    talkSeconds: integer('talk_seconds'),
    holdSeconds: integer('hold_seconds'),
    wrapUpSeconds: integer('wrap_up_seconds'),
    disposition: text('disposition'),
    /** Agents who declined or missed this contact: offered to them again only when no one else can take it. */
    declinedBy: uuid('declined_by').array().notNull().default(sql`'{}'::uuid[]`),
    /** Owner first: the case owner (or the person a callback was booked with) is offered it alone until `preferredUntil`. */
    preferredAgentId: uuid('preferred_agent_id'),
    preferredUntil: timestamp('preferred_until', { withTimezone: true }),
    /** Not offered before this time (a callback booked for later). */
    notBefore: timestamp('not_before', { withTimezone: true }),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('contacts_customer_idx').on(t.customerId, t.createdAt),
    index('contacts_agent_state_idx').on(t.agentId, t.state),
    index('contacts_queue_state_idx').on(t.queueId, t.state),
    index('contacts_external_idx').on(t.channel, t.externalId),
    // Routing's walk of the queue: the waiting contacts alone, in (created_at, id) order.
    index('contacts_waiting_idx').on(t.createdAt, t.id).where(sql`${t.state} = 'queued'`),
    // An agent's seats in use, without reading the closed history (millions of rows in a year).
    index('contacts_live_agent_idx')
      .on(t.agentId)
      .where(sql`${t.state} in ('offered','active','wrap_up') and ${t.agentId} is not null`),
    // Migration 0008 (hand-written) declared this key inline, so Postgres named it `<table>_<column>_fkey`.
    foreignKey({
      name: 'contacts_preferred_agent_id_fkey',
      columns: [t.preferredAgentId],
      foreignColumns: [agents.id],
    }),
    check('contacts_channel_check', sql`${t.channel} in ('voice','email','chat','callback')`),
    check('contacts_direction_check', sql`${t.direction} in ('inbound','outbound')`),
    check(
      'contacts_state_check',
      sql`${t.state} in ('queued','offered','active','wrap_up','closed','abandoned','missed')`,
    ),
  ],
);

/** A contact moved to another agent or queue, with what the receiver must know (the context packet). */
export const transfers = pgTable(
  'transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    caseId: uuid('case_id').references(() => cases.id),
    fromAgentId: uuid('from_agent_id')
      .notNull()
      .references(() => agents.id),
    fromAgentName: text('from_agent_name').notNull(),
    toAgentId: uuid('to_agent_id').references(() => agents.id),
    toQueueId: uuid('to_queue_id').references(() => queues.id),
    mode: text('mode').notNull(),
    reason: text('reason').notNull(),
    summary: text('summary').notNull(),
    tried: text('tried').notNull(),
    identity: text('identity').notNull(),
    state: text('state').notNull().default('pending'),
    declineReason: text('decline_reason'),
    acceptedBy: uuid('accepted_by').references(() => agents.id),
    createdAt: createdAt(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('transfers_contact_idx').on(t.contactId),
    check('transfers_mode_check', sql`${t.mode} in ('cold','warm')`),
    check('transfers_identity_check', sql`${t.identity} in ('verified','partially_verified','not_verified')`),
    check('transfers_state_check', sql`${t.state} in ('pending','accepted','declined','cancelled')`),
    check('transfers_one_target', sql`(${t.toAgentId} is null) <> (${t.toQueueId} is null)`),
  ],
);

/** A contact offered to one agent, who accepts or declines before it expires. */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    transferId: uuid('transfer_id').references(() => transfers.id),
    state: text('state').notNull().default('pending'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
  },
  (t) => [
    // Never two live offers for one contact: the database refuses the second.
    uniqueIndex('offers_one_pending_per_contact').on(t.contactId).where(sql`${t.state} = 'pending'`),
    index('offers_agent_state_idx').on(t.agentId, t.state),
    index('offers_pending_expiry_idx').on(t.expiresAt).where(sql`${t.state} = 'pending'`),
    // The seats held by offers waiting for an answer, per agent.
    index('offers_pending_agent_idx').on(t.agentId).where(sql`${t.state} = 'pending'`),
    check('offers_state_check', sql`${t.state} in ('pending','accepted','declined','expired','withdrawn')`),
  ],
);

export const dispositionCodes = pgTable('disposition_codes', {
  code: text('code').primaryKey(),
  labelFr: text('label_fr').notNull(),
  labelEn: text('label_en').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});
