import { sql } from 'drizzle-orm';
import { bigint, check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agents } from './agents';
import { createdAt } from './columns';
import { contacts } from './contacts';

// Telephony: the PBXs allowed to send CTI events, their calls and events, and blocked numbers.

/** A PBX allowed to send CTI events; its token is shown once, only its hash is kept. */
export const pbxConnections = pgTable(
  'pbx_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** When set, every webhook request must carry an HMAC-SHA256 signature of its body. */
    signingSecret: text('signing_secret'),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    /** How Omnidesk can drive this PBX: `ami`, or null when it only reports (webhook). */
    control: text('control').$type<'ami'>(),
  },
  (t) => [
    uniqueIndex('pbx_connections_token_key').on(t.tokenHash),
    uniqueIndex('pbx_connections_name_key').on(t.name),
    check('pbx_connections_control_check', sql`${t.control} is null or ${t.control} in ('ami')`),
  ],
);

/** Call-specific facts of a voice contact (one row per PBX call). */
export const calls = pgTable(
  'calls',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id),
    pbxId: uuid('pbx_id')
      .notNull()
      .references(() => pbxConnections.id),
    pbxCallId: text('pbx_call_id').notNull(),
    /** The other party as the PBX sent it, and as E.164 when it is a number. */
    partyRaw: text('party_raw').notNull(),
    partyE164: text('party_e164'),
    callerStatus: text('caller_status').notNull(),
    line: text('line'),
    queueName: text('queue_name'),
    candidateCustomerIds: uuid('candidate_customer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ringingAgentIds: uuid('ringing_agent_ids').array().notNull().default(sql`'{}'::uuid[]`),
    heldSince: timestamp('held_since', { withTimezone: true }),
    cause: text('cause'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => agents.id),
  },
  (t) => [
    uniqueIndex('calls_pbx_call_key').on(t.pbxId, t.pbxCallId),
    check('calls_caller_status_check', sql`${t.callerStatus} in ('known','ambiguous','unknown','withheld','invalid')`),
  ],
);

/** Every accepted PBX event, stored before the PBX gets its 2xx; the unique key makes retries harmless. */
export const callEvents = pgTable(
  'call_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    pbxId: uuid('pbx_id')
      .notNull()
      .references(() => pbxConnections.id),
    pbxCallId: text('pbx_call_id').notNull(),
    event: text('event').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('call_events_dedupe_key').on(t.pbxId, t.pbxCallId, t.event, t.dedupeKey)],
);

export const blockedNumbers = pgTable(
  'blocked_numbers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** E.164, or the text as typed for what is not a number. */
    value: text('value').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => agents.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('blocked_numbers_value_key').on(t.value)],
);
