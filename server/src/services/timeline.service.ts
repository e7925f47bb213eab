import type { Agent } from '@shared/schemas/agent';
import { LIMITS } from '@shared/schemas/limits';
import type { TimelineEvent, TimelinePage, TimelineQuery } from '@shared/schemas/timeline';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/store';
import { customersRepository } from '../db/repositories/customers.repository';
import { timelineRepository, toTimelineEvent, type NewTimelineRow } from '../db/repositories/timeline.repository';
import { inTransaction, type UnitOfWork } from '../db/unit-of-work';
import { decodeTimelineCursor, encodeTimelineCursor } from '../domain/timeline-cursor';
import type { EventBus } from '../events/bus';

/**
 * The single view of a customer. Every channel appends here through `append`, inside its own
 * transaction; the push to desks happens after that transaction commits.
 */
export function createTimelineService(deps: { db: Db; bus: EventBus }) {
  async function append(uow: UnitOfWork, row: NewTimelineRow): Promise<TimelineEvent> {
    const event = toTimelineEvent(await timelineRepository.insert(uow.tx, row));
    uow.afterCommit(() => deps.bus.emit('timeline.appended', event));
    return event;
  }

  return {
    append,

    async page(customerId: string, query: TimelineQuery): Promise<TimelinePage> {
      if (!(await customersRepository.exists(deps.db, customerId))) throw notFound('customer_not_found');
      const before = query.cursor ? decodeTimelineCursor(query.cursor) : null;
      if (query.cursor && !before) {
        throw new AppError('timeline_cursor_invalid', 'invalid cursor', [
          { path: 'cursor', message: 'not a cursor from this API' },
        ]);
      }
      const limit = query.limit ?? LIMITS.pageSizeDefault;
      const rows = await timelineRepository.page(deps.db, customerId, before, limit + 1);
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      const nextCursor =
        rows.length > limit && last ? encodeTimelineCursor({ occurredAt: last.occurredAt, id: last.id }) : null;
      return { items: items.map(toTimelineEvent), nextCursor };
    },

    /** An agent writes what the customer said or what was done. */
    async appendNote(actor: Agent, customerId: string, body: string, caseId?: string): Promise<TimelineEvent> {
      return inTransaction(deps.db, async (uow) => {
        if (!(await customersRepository.exists(uow.tx, customerId))) throw notFound('customer_not_found');
        if (caseId) {
          const open = await customersRepository.openCasesOf(uow.tx, customerId);
          if (!open.some((c) => c.id === caseId)) {
            throw new AppError('case_not_open', 'case is not an open case of this customer', [
              { path: 'caseId', message: 'not an open case of this customer' },
            ]);
          }
        }
        return append(uow, {
          customerId,
          channel: 'note',
          type: 'note.added',
          body,
          caseId: caseId ?? null,
          actorKind: 'agent',
          actorId: actor.id,
          actorName: actor.displayName,
        });
      });
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
