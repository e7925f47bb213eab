import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { contacts } from './contacts';
import { customers } from './customers';

// The timeline: one append-only row per thing that happened to a customer. Append-only is enforced
// by a trigger that refuses UPDATE and DELETE (migration 0001): Drizzle cannot declare triggers, so
// it lives in SQL only (the schema-matches-migrations test lists it as such).

export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    channel: text('channel').notNull(),
    type: text('type').notNull(),
    body: text('body'),
    contactId: uuid('contact_id').references(() => contacts.id),
    caseId: uuid('case_id').references(() => cases.id),
    actorKind: text('actor_kind').notNull(),
    actorId: uuid('actor_id'),
    /** The actor's name at the time: the timeline never changes when an agent is renamed. */
    actorName: text('actor_name'),
    payload: jsonb('payload')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The single view: a customer's events newest first, keyset-paginated on (occurred_at, id).
    // NULLS FIRST is what ORDER BY … DESC means, so the index serves the query without a sort.
    index('timeline_events_customer_newest_idx').on(
      t.customerId,
      t.occurredAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('timeline_events_contact_idx').on(t.contactId),
    check('timeline_events_channel_check', sql`${t.channel} in ('voice','email','chat','callback','note','system')`),
    check('timeline_events_actor_kind_check', sql`${t.actorKind} in ('agent','customer','system','automation')`),
  ],
);
