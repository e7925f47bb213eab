import { callEvents } from '../schema';
import type { DbOrTx } from '../store';

export const callEventsRepository = {
  /** Stores the event; false when the same event was already stored (a PBX retry). */
  async insertOnce(
    db: DbOrTx,
    input: { pbxId: string; pbxCallId: string; event: string; dedupeKey: string; occurredAt: Date | null; body: Record<string, unknown> },
  ): Promise<boolean> {
    const rows = await db.insert(callEvents).values(input).onConflictDoNothing().returning({ id: callEvents.id });
    return rows.length > 0;
  },
};
