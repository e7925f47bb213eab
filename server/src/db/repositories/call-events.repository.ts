import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export const callEventsRepository = {
  /**
   * Stores the event unless it was stored already (a PBX retry), and says in the same round trip
   * whether the call is known: the common case, a fresh newCall, then costs one query.
   */
  async insertOnce(
    db: DbOrTx,
    input: {
      pbxId: string;
      pbxCallId: string;
      event: string;
      dedupeKey: string;
      occurredAt: Date | null;
      body: Record<string, unknown>;
    },
  ): Promise<{ fresh: boolean; existingContactId: string | null }> {
    const result = await db.execute(sql`
      with stored as (
        insert into call_events (pbx_id, pbx_call_id, event, dedupe_key, occurred_at, body)
        values (${input.pbxId}, ${input.pbxCallId}, ${input.event}, ${input.dedupeKey},
                ${input.occurredAt ? input.occurredAt.toISOString() : null}::timestamptz, ${JSON.stringify(input.body)}::jsonb)
        on conflict do nothing
        returning id)
      select exists (select 1 from stored) as fresh,
             (select contact_id from calls where pbx_id = ${input.pbxId} and pbx_call_id = ${input.pbxCallId}) as existing`);
    const row = rowsOf(result)[0]!;
    return { fresh: Boolean(row.fresh), existingContactId: (row.existing as string | null) ?? null };
  },
};
