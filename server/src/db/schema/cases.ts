import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agents } from './agents';
import { createdAt, updatedAt } from './columns';
import { customers } from './customers';
import { queues } from './queues';

// Cases: the customer's matter, spanning contacts and transfers, always with an owner.

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    subject: text('subject').notNull(),
    category: text('category').notNull().default('request'),
    status: text('status').notNull().default('open'),
    priority: integer('priority').notNull().default(0),
    ownerAgentId: uuid('owner_agent_id').references(() => agents.id),
    ownerQueueId: uuid('owner_queue_id').references(() => queues.id),
    dueAt: timestamp('due_at', { withTimezone: true }),
    transferCount: integer('transfer_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('cases_customer_idx').on(t.customerId, t.status),
    index('cases_open_due_idx').on(t.dueAt).where(sql`${t.status} <> 'closed'`),
    check('cases_status_check', sql`${t.status} in ('open','pending','closed')`),
    check('cases_category_check', sql`${t.category} in ('request','incident','complaint','sales')`),
    // Field note 4: an open case always has an owner, an agent or a queue.
    check(
      'cases_open_has_owner',
      sql`${t.status} = 'closed' or ${t.ownerAgentId} is not null or ${t.ownerQueueId} is not null`,
    ),
  ],
);
