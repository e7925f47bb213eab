import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { pbxConnections } from '../schema';
import type { DbOrTx } from '../store';

export type PbxRow = typeof pbxConnections.$inferSelect;

export const pbxRepository = {
  async findLiveByTokenHash(db: DbOrTx, tokenHash: string): Promise<PbxRow | null> {
    const [row] = await db
      .select()
      .from(pbxConnections)
      .where(and(eq(pbxConnections.tokenHash, tokenHash), isNull(pbxConnections.revokedAt)))
      .limit(1);
    return row ?? null;
  },

  async findByName(db: DbOrTx, name: string): Promise<PbxRow | null> {
    const [row] = await db.select().from(pbxConnections).where(eq(pbxConnections.name, name)).limit(1);
    return row ?? null;
  },

  list(db: DbOrTx): Promise<PbxRow[]> {
    return db.select().from(pbxConnections).orderBy(asc(pbxConnections.name));
  },

  async insert(
    db: DbOrTx,
    input: { name: string; tokenHash: string; signingSecret: string | null; control?: 'ami' | null },
  ): Promise<PbxRow> {
    const [row] = await db.insert(pbxConnections).values(input).returning();
    return row!;
  },

  /** Registers or re-keys a PBX by name (CTI_TOKEN at start, AMI connection). */
  async upsertByName(
    db: DbOrTx,
    input: { name: string; tokenHash: string; signingSecret: string | null },
  ): Promise<PbxRow> {
    const [row] = await db
      .insert(pbxConnections)
      .values(input)
      .onConflictDoUpdate({
        target: pbxConnections.name,
        set: { tokenHash: input.tokenHash, signingSecret: input.signingSecret, revokedAt: null },
      })
      .returning();
    return row!;
  },

  async revoke(db: DbOrTx, id: string): Promise<boolean> {
    const rows = await db
      .update(pbxConnections)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(pbxConnections.id, id), isNull(pbxConnections.revokedAt)))
      .returning({ id: pbxConnections.id });
    return rows.length > 0;
  },

  async setControl(db: DbOrTx, id: string, control: 'ami' | null): Promise<void> {
    await db.update(pbxConnections).set({ control }).where(eq(pbxConnections.id, id));
  },

  async touch(db: DbOrTx, id: string): Promise<void> {
    await db.update(pbxConnections).set({ lastEventAt: sql`now()` }).where(eq(pbxConnections.id, id));
  },
};
