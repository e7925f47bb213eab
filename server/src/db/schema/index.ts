// The Drizzle schema, one file per domain. Everything imports it from here (`…/db/schema`), and
// drizzle-kit reads it from here (drizzle.config.ts): a table in a file not exported below is
// unknown to both. After any change, `npm run db:generate` writes the migration.
export * from './agents';
export * from './cases';
export * from './chat';
export * from './contacts';
export * from './customers';
export * from './outboxes';
export * from './queues';
export * from './system';
export * from './telephony';
export * from './timeline';
