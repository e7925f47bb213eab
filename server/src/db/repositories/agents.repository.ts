import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Agent, Presence } from '@shared/schemas/agent';
import type { Locale } from '@shared/schemas/common';
import { agents } from '../schema';
import type { DbOrTx } from '../store';

export type AgentRow = typeof agents.$inferSelect;

export function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Agent['role'],
    skills: row.skills,
    capacity: row.capacity,
    presence: row.presence as Presence,
    presenceChangedAt: row.presenceChangedAt.toISOString(),
    extension: row.extension,
    locale: (row.locale as Locale | null) ?? null,
  };
}

export const agentsRepository = {
  async findByEmail(db: DbOrTx, email: string): Promise<AgentRow | null> {
    const [row] = await db.select().from(agents).where(eq(agents.email, email.trim().toLowerCase())).limit(1);
    return row ?? null;
  },

  async findById(db: DbOrTx, id: string): Promise<AgentRow | null> {
    const [row] = await db.select().from(agents).where(eq(agents.id, id)).limit(1);
    return row ?? null;
  },

  async displayNameOf(db: DbOrTx, id: string): Promise<string | null> {
    const [row] = await db.select({ name: agents.displayName }).from(agents).where(eq(agents.id, id)).limit(1);
    return row?.name ?? null;
  },

  /**
   * Agents a PBX names in `user` / `answeringNumber`: by extension, direct line (E.164), email or name.
   */
  async findByPbxIdentifiers(db: DbOrTx, identifiers: { texts: string[]; e164s: string[] }): Promise<AgentRow[]> {
    const texts = identifiers.texts.filter(Boolean);
    const lower = texts.map((t) => t.toLowerCase());
    const conditions = [
      texts.length ? inArray(agents.extension, texts) : undefined,
      lower.length ? inArray(agents.email, lower) : undefined,
      // Zammad's generic CTI names agents by their user name.
      lower.length ? inArray(sql`lower(${agents.displayName})`, lower) : undefined,
      identifiers.e164s.length ? inArray(agents.phone, identifiers.e164s) : undefined,
    ].filter((c) => c !== undefined);
    if (conditions.length === 0) return [];
    return db
      .select()
      .from(agents)
      .where(and(eq(agents.active, true), or(...conditions)));
  },

  async list(db: DbOrTx): Promise<AgentRow[]> {
    return db.select().from(agents).where(eq(agents.active, true)).orderBy(asc(agents.displayName));
  },

  /** Changes presence and stamps the change time; returns the agent as it now is. */
  async setPresence(db: DbOrTx, id: string, presence: Presence): Promise<AgentRow | null> {
    const [row] = await db
      .update(agents)
      .set({ presence, presenceChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(agents.id, id))
      .returning();
    return row ?? null;
  },

  async setLocale(db: DbOrTx, id: string, locale: Locale | null): Promise<AgentRow | null> {
    const [row] = await db.update(agents).set({ locale, updatedAt: sql`now()` }).where(eq(agents.id, id)).returning();
    return row ?? null;
  },
};
