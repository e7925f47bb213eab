import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

// Queues: channels, required skills, business hours and service level.

export const queues = pgTable(
  'queues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    channels: text('channels').array().notNull(),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    priority: integer('priority').notNull().default(0),
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    /** Weekly opening hours, e.g. {"mon":[["08:00","22:00"]], "sat":[["09:00","17:30"]]}. */
    businessHours: jsonb('business_hours').$type<Record<string, [string, string][]>>().notNull(),
    serviceLevelPercent: integer('service_level_percent').notNull().default(80),
    serviceLevelSeconds: integer('service_level_seconds').notNull().default(20),
    /** Outside business hours: keep contacts waiting until opening, or offer a callback / a message instead. */
    afterHoursAction: text('after_hours_action').$type<'wait' | 'callback' | 'message'>().notNull().default('wait'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('queues_name_key').on(t.name),
    check('queues_after_hours_action_check', sql`${t.afterHoursAction} in ('wait','callback','message')`),
  ],
);
