import { bigserial, customType, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';

// The application's own bookkeeping, and a table owned by a library.

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Owned by @socket.io/postgres-adapter (large packets between server processes; migration 0002,
 * hand-written). Declared here only so that the schema describes the whole database.
 */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial('id', { mode: 'number' }).unique('socket_io_attachments_id_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  payload: bytea('payload'),
});
