import { inArray } from 'drizzle-orm';
import { chatTopics, queues } from '../db/schema';
import type { DbOrTx } from '../db/store';

/** What the demo widget's pre-chat form offers, and the demo queue each topic goes to. */
export const DEMO_CHAT_TOPICS = [
  { queueName: 'Accueil', labelFr: 'Question générale', labelEn: 'General question', position: 10 },
  { queueName: 'Support technique N2', labelFr: 'Problème technique', labelEn: 'Technical problem', position: 20 },
  { queueName: 'Onthaal (NL)', labelFr: 'En néerlandais', labelEn: 'In Dutch', position: 30 },
] as const;

/**
 * Adds the demo chat topics whose queue exists; a topic already there (same English label) is
 * left as an admin may have changed it. Runs on every start with SEED_DEMO, so a store seeded
 * before web chat existed gets a working /chat page too.
 */
export async function ensureDemoChatTopics(db: DbOrTx): Promise<number> {
  const found = await db
    .select({ id: queues.id, name: queues.name })
    .from(queues)
    .where(
      inArray(
        queues.name,
        DEMO_CHAT_TOPICS.map((t) => t.queueName),
      ),
    );
  const rows = DEMO_CHAT_TOPICS.flatMap((t) => {
    const queue = found.find((q) => q.name === t.queueName);
    return queue ? [{ labelFr: t.labelFr, labelEn: t.labelEn, queueId: queue.id, position: t.position }] : [];
  });
  if (rows.length === 0) return 0;
  const inserted = await db.insert(chatTopics).values(rows).onConflictDoNothing().returning({ id: chatTopics.id });
  return inserted.length;
}
