import { and, asc, eq, sql } from 'drizzle-orm';
import { agents, calls, pbxCommands, pbxConnections } from '../schema';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export type PbxCommandRow = typeof pbxCommands.$inferSelect;
export type NewPbxCommandRow = typeof pbxCommands.$inferInsert;

/** A command handed to the sender, with what it needs to judge it. */
export interface ClaimedPbxCommand {
  id: string;
  pbxCallId: string;
  contactId: string;
  transferId: string | null;
  kind: PbxCommandRow['kind'];
  fromExtension: string | null;
  targetExtension: string | null;
  attempts: number;
  /** The call's contact says it has ended (the PBX reported the hang-up). */
  callEnded: boolean;
  /** For `attended_complete` / `attended_cancel`: the state of the consultation it ends, if any. */
  consultState: PbxCommandRow['state'] | null;
}

export const pbxCommandsRepository = {
  async insert(db: DbOrTx, row: NewPbxCommandRow): Promise<PbxCommandRow> {
    const [inserted] = await db.insert(pbxCommands).values(row).returning();
    return inserted!;
  },

  async findById(db: DbOrTx, id: string): Promise<PbxCommandRow | null> {
    const [row] = await db.select().from(pbxCommands).where(eq(pbxCommands.id, id)).limit(1);
    return row ?? null;
  },

  async forTransfer(db: DbOrTx, transferId: string): Promise<PbxCommandRow[]> {
    return db.select().from(pbxCommands).where(eq(pbxCommands.transferId, transferId)).orderBy(asc(pbxCommands.seq));
  },

  /** The PBX a voice contact's call is on, and whether Omnidesk can drive it. */
  async callControl(
    db: DbOrTx,
    contactId: string,
  ): Promise<{ pbxId: string; pbxCallId: string; control: 'ami' | null } | null> {
    const [row] = await db
      .select({ pbxId: calls.pbxId, pbxCallId: calls.pbxCallId, control: pbxConnections.control })
      .from(calls)
      .innerJoin(pbxConnections, eq(pbxConnections.id, calls.pbxId))
      .where(eq(calls.contactId, contactId))
      .limit(1);
    return row ? { ...row, control: row.control ?? null } : null;
  },

  async extensionOf(db: DbOrTx, agentId: string): Promise<string | null> {
    const [row] = await db.select({ extension: agents.extension }).from(agents).where(eq(agents.id, agentId)).limit(1);
    const extension = row?.extension?.trim();
    return extension ? extension : null;
  },

  /**
   * Takes the oldest due command of a PBX, never one whose call still has an earlier command
   * waiting (a consultation is started before it is completed). The row is leased: its next
   * attempt is pushed `leaseMs` ahead, so a sender that dies mid-way lets it be retried later.
   * SKIP LOCKED lets a second sender pass over it instead of waiting.
   */
  async claimNext(db: DbOrTx, pbxId: string, leaseMs: number): Promise<ClaimedPbxCommand | null> {
    const result = await db.execute(sql`
      with next as (
        select c.id from pbx_commands c
         where c.pbx_id = ${pbxId} and c.state = 'pending' and c.next_attempt_at <= now()
           and not exists (select 1 from pbx_commands e
                            where e.pbx_id = c.pbx_id and e.pbx_call_id = c.pbx_call_id and e.state = 'pending' and e.seq < c.seq)
         order by c.seq
         limit 1
         for update skip locked)
      update pbx_commands p
         set attempts = p.attempts + 1, next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval, updated_at = now()
        from next
       where p.id = next.id
      returning p.id, p.pbx_call_id, p.contact_id, p.transfer_id, p.kind, p.from_extension, p.target_extension, p.attempts,
                (select k.ended_at is not null from contacts k where k.id = p.contact_id) as call_ended,
                (select a.state from pbx_commands a where a.transfer_id = p.transfer_id and a.kind = 'attended' order by a.seq desc limit 1) as consult_state`);
    const [r] = rowsOf(result);
    if (!r) return null;
    return {
      id: String(r.id),
      pbxCallId: String(r.pbx_call_id),
      contactId: String(r.contact_id),
      transferId: (r.transfer_id as string | null) ?? null,
      kind: r.kind as PbxCommandRow['kind'],
      fromExtension: (r.from_extension as string | null) ?? null,
      targetExtension: (r.target_extension as string | null) ?? null,
      attempts: Number(r.attempts),
      callEnded: Boolean(r.call_ended),
      consultState: (r.consult_state as PbxCommandRow['state'] | null) ?? null,
    };
  },

  async markSent(db: DbOrTx, id: string): Promise<void> {
    await db
      .update(pbxCommands)
      .set({ state: 'sent', sentAt: sql`now()`, updatedAt: sql`now()`, lastError: null })
      .where(eq(pbxCommands.id, id));
  },

  /** The PBX was seen doing it; only a sent command can be done. */
  async markDone(db: DbOrTx, id: string): Promise<boolean> {
    const rows = await db
      .update(pbxCommands)
      .set({ state: 'done', doneAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(pbxCommands.id, id), eq(pbxCommands.state, 'sent')))
      .returning({ id: pbxCommands.id });
    return rows.length > 0;
  },

  async markFailed(db: DbOrTx, id: string, reason: string): Promise<PbxCommandRow | null> {
    const [row] = await db
      .update(pbxCommands)
      .set({ state: 'failed', lastError: reason, updatedAt: sql`now()` })
      .where(eq(pbxCommands.id, id))
      .returning();
    return row ?? null;
  },

  /** Back to pending, due at once (the sender only runs while the link is up). */
  async markRetry(db: DbOrTx, id: string, reason: string): Promise<void> {
    await db
      .update(pbxCommands)
      .set({ state: 'pending', lastError: reason, nextAttemptAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(pbxCommands.id, id));
  },
};
