import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

// Agents (the people at the desk) and their sign-in sessions.

export const agents = pgTable(
  'agents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    capacity: jsonb('capacity').$type<{ voice: number; chat: number; email: number }>().notNull(),
    /** Still offered chats (within chat capacity) while on a phone call. */
    keepsChatsDuringCall: boolean('keeps_chats_during_call').notNull().default(true),
    presence: text('presence').notNull().default('offline'),
    presenceChangedAt: timestamp('presence_changed_at', { withTimezone: true }).notNull().defaultNow(),
    extension: text('extension'),
    /** The agent's direct line (E.164), to recognise them in PBX events. */
    phone: text('phone'),
    locale: text('locale'),
    /** Offers missed in a row (declined or let expire); reset when the agent accepts one. */
    consecutiveMisses: integer('consecutive_misses').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('agents_email_key').on(t.email),
    index('agents_extension_idx').on(t.extension),
    check('agents_role_check', sql`${t.role} in ('agent','specialist','supervisor','admin')`),
    check('agents_presence_check', sql`${t.presence} in ('available','busy','away','wrap_up','offline')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha-256 of the token in the cookie: a leaked table does not leak sessions. */
    tokenHash: text('token_hash').primaryKey(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_agent_idx').on(t.agentId), index('sessions_expires_idx').on(t.expiresAt)],
);
