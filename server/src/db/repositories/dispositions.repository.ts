import { and, asc, eq } from 'drizzle-orm';
import type { Disposition } from '@shared/schemas/call';
import { dispositionCodes } from '../schema';
import type { DbOrTx } from '../store';

export const dispositionsRepository = {
  async listActive(db: DbOrTx): Promise<Disposition[]> {
    const rows = await db
      .select()
      .from(dispositionCodes)
      .where(eq(dispositionCodes.active, true))
      .orderBy(asc(dispositionCodes.position));
    return rows.map((r) => ({ code: r.code, label: { fr: r.labelFr, en: r.labelEn } }));
  },

  async upsert(db: DbOrTx, input: { code: string; labelFr: string; labelEn: string; position: number }): Promise<void> {
    await db
      .insert(dispositionCodes)
      .values({ ...input, active: true })
      .onConflictDoUpdate({
        target: dispositionCodes.code,
        set: { labelFr: input.labelFr, labelEn: input.labelEn, position: input.position, active: true },
      });
  },

  /** Retired, not deleted: past contacts keep pointing at it. */
  async retire(db: DbOrTx, code: string): Promise<boolean> {
    const rows = await db
      .update(dispositionCodes)
      .set({ active: false })
      .where(eq(dispositionCodes.code, code))
      .returning({ code: dispositionCodes.code });
    return rows.length > 0;
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
