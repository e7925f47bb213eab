import { and, asc, eq } from 'drizzle-orm';
import type { Disposition } from '@shared/schemas/call';
import { dispositionCodes } from '../schema';
import type { DbOrTx } from '../store';

export const dispositionsRepository = {
  async listActive(db: DbOrTx): Promise<Disposition[]> {
    const rows = await db.select().from(dispositionCodes).where(eq(dispositionCodes.active, true)).orderBy(asc(dispositionCodes.position));
    return rows.map((r) => ({ code: r.code, label: { fr: r.labelFr, en: r.labelEn } }));
  },

  async isActive(db: DbOrTx, code: string): Promise<boolean> {
    const rows = await db
      .select({ code: dispositionCodes.code })
      .from(dispositionCodes)
      .where(and(eq(dispositionCodes.code, code), eq(dispositionCodes.active, true)))
      .limit(1);
    return rows.length > 0;
  },
};
