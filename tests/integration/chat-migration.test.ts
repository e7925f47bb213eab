import { sql } from 'drizzle-orm';
import { createTestStore, type TestStore } from '../support/test-store';
import { rowsOf } from '../../server/src/db/sql-results';

describe('web chat migration', () => {
  let store: TestStore;
  beforeAll(async () => {
    // Migrated here, not copied from the run's template: this file tests the migration itself.
    store = await createTestStore({ fromTemplate: false });
  });
  afterAll(async () => {
    await store.dispose();
  });

  it('creates the chat tables and the starting canned replies', async () => {
    const rows = rowsOf(
      await store.store.db.execute(
        sql`select locale, count(*)::int as n from canned_replies group by locale order by locale`,
      ),
    );
    expect(rows).toEqual([
      { locale: 'en', n: 4 },
      { locale: 'fr', n: 4 },
    ]);
    const tables = rowsOf(
      await store.store.db.execute(
        sql`select table_name from information_schema.tables where table_name in ('chat_topics','chat_conversations','chat_messages','email_outbox') order by 1`,
      ),
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'chat_conversations',
      'chat_messages',
      'chat_topics',
      'email_outbox',
    ]);
  });
});
