import { and, eq, inArray, sql } from 'drizzle-orm';
import { contacts, queues } from '../../db/schema';
import type { Db } from '../../db/store';
import { loadCandidates } from '../../db/repositories/routing.repository';
import { isOpen, nextOpening, parseBusinessHours } from '../../domain/routing/business-hours';
import type { ContactQueue } from './contact-queue.port';

/**
 * Stand-in for issue 4's contact queue until it is on main: queues the contact (the routing pass
 * offers it), says closed outside business hours, counts agents able to take each channel.
 * Replaced by `services.contactQueue` when that lands.
 */
export function createInterimContactQueue(deps: { db: Db; now?: () => Date }): ContactQueue {
  const now = deps.now ?? (() => new Date());

  async function queueRow(queueId: string) {
    const [queue] = await deps.db.select().from(queues).where(eq(queues.id, queueId)).limit(1);
    return queue ?? null;
  }

  return {
    async enqueue(uow, input) {
      const [queue] = await uow.tx.select().from(queues).where(eq(queues.id, input.queueId)).limit(1);
      if (!queue) throw new Error(`queue ${input.queueId} not found`);
      const hours = parseBusinessHours(queue.businessHours);
      const at = now();
      if (!isOpen(hours, queue.timeZone, at)) return { kind: 'closed', action: 'message', nextOpening: nextOpening(hours, queue.timeZone, at) };
      const [row] = await uow.tx
        .insert(contacts)
        .values({
          channel: input.channel,
          queueId: input.queueId,
          customerId: input.customerId,
          caseId: input.caseId ?? null,
          subject: input.subject ?? null,
          externalId: input.externalId ?? null,
          payload: input.payload ?? {},
          priority: input.priority ?? 0,
          state: 'queued',
          queuedAt: at,
        })
        .returning({ id: contacts.id });
      return { kind: 'queued', contactId: row!.id };
    },

    async availability(queueId) {
      const queue = await queueRow(queueId);
      if (!queue) throw new Error(`queue ${queueId} not found`);
      const hours = parseBusinessHours(queue.businessHours);
      const at = now();
      const open = isOpen(hours, queue.timeZone, at);
      const candidates = (await loadCandidates(deps.db)).filter((c) => queue.requiredSkills.every((s) => c.skills.includes(s)));
      const able = (ch: 'chat' | 'voice' | 'email') => candidates.filter((c) => c.capacity[ch] > 0).length;
      const [waiting] = await deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(contacts)
        .where(and(eq(contacts.queueId, queueId), inArray(contacts.state, ['queued', 'offered'])));
      return {
        open,
        nextOpening: open ? null : (nextOpening(hours, queue.timeZone, at)?.toISOString() ?? null),
        afterHoursAction: 'message',
        agentsAble: { chat: able('chat'), voice: able('voice'), email: able('email') },
        waiting: Number(waiting?.n ?? 0),
      };
    },

    async position(contactId) {
      const [contact] = await deps.db.select().from(contacts).where(eq(contacts.id, contactId)).limit(1);
      if (!contact || !contact.queueId || !['queued', 'offered'].includes(contact.state)) return null;
      const since = contact.queuedAt ?? contact.createdAt;
      const [row] = await deps.db.execute(sql`
        select count(*) filter (where coalesce(queued_at, created_at) < ${since} or (coalesce(queued_at, created_at) = ${since} and id < ${contact.id}))::int as ahead,
               count(*)::int as waiting
          from contacts where queue_id = ${contact.queueId} and channel = ${contact.channel} and state in ('queued','offered')`).then((r) => (r as unknown as { rows: Array<{ ahead: number; waiting: number }> }).rows);
      return { position: Number(row?.ahead ?? 0) + 1, waiting: Number(row?.waiting ?? 1), estimatedWaitSeconds: null };
    },
  };
}
