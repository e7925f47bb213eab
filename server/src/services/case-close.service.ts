import type { Agent } from '@shared/schemas/agent';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/store';
import { casesRepository } from '../db/repositories/cases.repository';
import { lockOpenContactsOfCase } from '../db/repositories/contact-lifecycle.repository';
import { inTransaction } from '../db/unit-of-work';
import type { TimelineService } from './timeline.service';

/**
 * Closing a case ends the matter: refused while one of its contacts is still open (field note 4:
 * nothing must be closed under a customer who is still waiting or talking to someone).
 */
export function createCaseCloseService(deps: { db: Db; timeline: TimelineService; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    async close(actor: Agent, caseId: string, resolution: string): Promise<{ caseId: string; closedAt: string }> {
      return inTransaction(deps.db, async (uow) => {
        // Lock order: the case's open contacts first, then the case (as an accept moving its owner does).
        const open = await lockOpenContactsOfCase(uow.tx, caseId);
        const kase = await casesRepository.findForUpdate(uow.tx, caseId);
        if (!kase) throw notFound('case_not_found');
        if (kase.status === 'closed') throw new AppError('case_already_closed', 'this case is already closed');
        const mayClose = actor.role === 'supervisor' || actor.role === 'admin' || kase.ownerAgentId === actor.id;
        if (!mayClose)
          throw new AppError('case_close_not_allowed', 'only the owner of a case or a supervisor can close it');
        if (open.length > 0) {
          const list = open.map((c) => `${c.channel} ${c.state}`).join(', ');
          throw new AppError(
            'case_has_open_contacts',
            `this case still has an open contact (${list}): finish it first`,
          );
        }
        const closedAt = now();
        await casesRepository.close(uow.tx, caseId, closedAt);
        await deps.timeline.append(uow, {
          customerId: kase.customerId,
          channel: 'system',
          type: 'case.closed',
          body: kase.subject,
          caseId,
          actorKind: 'agent',
          actorId: actor.id,
          actorName: actor.displayName,
          payload: { resolution, transferCount: kase.transferCount },
        });
        return { caseId, closedAt: closedAt.toISOString() };
      });
    },
  };
}

export type CaseCloseService = ReturnType<typeof createCaseCloseService>;
