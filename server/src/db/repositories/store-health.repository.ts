import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../store';

export const storeHealthRepository = {
  /** Whether the store answers a trivial query (a down server or a closed PGlite throws). */
  async responds(db: DbOrTx): Promise<boolean> {
    try {
      await db.execute(sql`select 1`);
      return true;
    } catch {
      return false;
    }
  },
};
