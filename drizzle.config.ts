import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations (append-only) from the schema: `npm run db:generate`.
export default defineConfig({
  dialect: 'postgresql',
  // One file per domain, all re-exported by the index (what the application imports too).
  schema: './server/src/db/schema/index.ts',
  out: './server/src/db/migrations',
});
