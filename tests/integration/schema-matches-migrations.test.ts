import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
// drizzle-kit's programmatic API is a CommonJS bundle: Jest loads it as it is (no SWC pass needed).
import { type DrizzleSnapshotJSON, generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import * as schema from '../../server/src/db/schema';
import { describeCatalog, missingFrom } from '../support/schema-catalog';
import { createTestStore, type TestStore } from '../support/test-store';

const migrationsDir = path.resolve(__dirname, '../../server/src/db/migrations');

/**
 * What the migrations create that the Drizzle schema cannot describe (kept in SQL, with a comment
 * in the schema). Anything else only in the migrated database is a schema that lies.
 */
const SQL_ONLY = [
  // 0001: the timeline is append-only, enforced by the database.
  'function timeline_events_refuse_change()',
  'trigger timeline_events.timeline_events_append_only CREATE TRIGGER timeline_events_append_only ' +
    'BEFORE DELETE OR UPDATE ON public.timeline_events FOR EACH ROW EXECUTE FUNCTION timeline_events_refuse_change()',
];

function latestSnapshot(): { tag: string; file: string } {
  const journal = JSON.parse(readFileSync(path.join(migrationsDir, 'meta/_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('the migration journal is empty');
  return { tag: last.tag, file: path.join(migrationsDir, `meta/${String(last.idx).padStart(4, '0')}_snapshot.json`) };
}

describe('the Drizzle schema and the migrations', () => {
  it('the latest migration has a snapshot, and it is the schema: drizzle-kit generate has nothing to write', async () => {
    const { tag, file } = latestSnapshot();
    expect({ tag, snapshot: existsSync(file) }).toEqual({ tag, snapshot: true });
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as DrizzleSnapshotJSON;
    const pending = await generateMigration(snapshot, generateDrizzleJson(schema, snapshot.id));
    // Not empty: the schema changed without a migration (run `npm run db:generate`).
    expect(pending).toEqual([]);
  });

  describe(`a migrated store (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore();
    });
    afterAll(() => test.dispose());

    it('has exactly the tables, columns, keys and indexes that the schema declares', async () => {
      const db = test.store.db;
      const migrated = await describeCatalog(db);

      // The same store rebuilt from the schema alone: drop what the migrations made (their journal
      // lives in the `drizzle` schema, untouched), then run the SQL drizzle-kit writes for an empty
      // database. Postgres prints both catalogs, so the comparison needs no normalising.
      await db.execute(sql`drop schema public cascade`);
      await db.execute(sql`create schema public`);
      const empty = generateDrizzleJson({});
      for (const statement of await generateMigration(empty, generateDrizzleJson(schema))) {
        await db.execute(sql.raw(statement));
      }
      const declared = await describeCatalog(db);

      expect({
        onlyInMigrations: missingFrom(migrated, declared),
        onlyInSchema: missingFrom(declared, migrated),
      }).toEqual({ onlyInMigrations: SQL_ONLY, onlyInSchema: [] });
      // A catalog that reads nothing would pass the comparison: make sure it read the store.
      expect(migrated).toContain("column contacts.state text not null default 'queued'::text");
    });
  });
});
