import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations (append-only) from the schema: `npm run db:generate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/src/db/schema.ts',
  out: './server/src/db/migrations',
});
