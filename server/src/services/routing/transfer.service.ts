import type { Agent } from '@shared/schemas/agent';
import type { Directory, SentTransferView, TransferCreated, TransferRequest } from '@shared/schemas/transfer';
import { AppError, notFound } from '../../errors';
import { queuesRepository } from '../../db/repositories/queues.repository';
import { queueOpenState } from '../../domain/routing/queue-status';
import type { Db, DbOrTx } from '../../db/store';
import { transfersRepository } from '../../db/repositories/transfers.repository';
import { lockContact, transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import { agentsRepository } from '../../db/repositories/agents.repository';
import { agentHoldsOtherContact } from '../../db/repositories/routing.repository';
import { inTransaction } from '../../db/unit-of-work';
import type { EventBus } from '../../events/bus';
import { changePresence } from '../presence-change';
import type { RoutingService } from './routing.service';
import { pbxCommandsRepository } from '../../db/repositories/pbx-commands.repository';

/**
 * An agent hands a contact to a colleague or a queue with the context packet, so the customer
 * never repeats themselves. Cold: the sender lets go at once and the contact waits in the queue.
 * Warm: the sender keeps it until the receiver accepts (or declines, and it comes back).
 */
/** Nobody holds the offer yet (cold, or a queue with nobody free): who will move the call's voice, to a receiver not known yet. */
async function callMoveBeforeOffer(
  tx: DbOrTx,
  contactId: string,
  toAgentId: string | null,
): Promise<TransferCreated['callMove']> {
  const call = await pbxCommandsRepository.callControl(tx, contactId);
  if (!call) return null;
  return {
    by: call.control === 'ami' ? 'pbx' : 'agent',
    toExtension: toAgentId ? await pbxCommandsRepository.extensionOf(tx, toAgentId) : null,
  };
}

export function createTransferService(deps: {
  db: Db;
  bus: EventBus;
  routing: RoutingService;
  ownerGraceMs?: number;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const graceMs = deps.ownerGraceMs ?? 60_000;
  return {
    /** Who a contact can go to: queues, and active agents with their presence and skills. */
    directory(): Promise<Directory> {
      return transfersRepository.directory(deps.db);
    },

    /** What I sent and is still waiting for the receiver: the desk shows it again after a reload. */
    async sentBy(agentId: string): Promise<SentTransferView[]> {
      return (await transfersRepository.pendingSentBy(deps.db, agentId)).map((t) => ({
        ...t,
        createdAt: t.createdAt.toISOString(),
      }));
    },

    async create(actor: Agent, contactId: string, input: TransferRequest): Promise<TransferCreated> {
      return inTransaction(deps.db, async (uow) => {
        const contact = await lockContact(uow.tx, contactId);
        if (!contact) throw notFound('contact_not_found');
        if (contact.state !== 'active' || contact.agentId !== actor.id) {
          throw new AppError('contact_not_transferable', 'only the agent handling an active contact can transfer it');
        }
        if (await transfersRepository.pendingFor(uow.tx, contactId))
          throw new AppError('transfer_already_pending', 'a transfer of this contact is already waiting');
        if (input.to.kind === 'agent') {
          if (input.to.id === actor.id) {
            throw new AppError('transfer_to_self', 'cannot transfer to yourself', [
              { path: 'to.id', message: 'choose another agent' },
            ]);
          }
          const target = await agentsRepository.findById(uow.tx, input.to.id);
          if (!target?.active) throw notFound('agent_not_found');
        } else {
          const queue = await queuesRepository.findById(uow.tx, input.to.id);
          if (!queue) throw notFound('queue_not_found');
          // A live customer cannot be left waiting on a closed service; an email can wait for the opening.
          const state = queueOpenState(queue, now());
          if (!state.open && (input.mode === 'warm' || contact.channel === 'voice' || contact.channel === 'chat')) {
            const opens = state.nextOpening ? ` until ${state.nextOpening.toISOString()}` : '';
            throw new AppError('queue_closed', `${queue.name} is closed${opens}`, [
              { path: 'to.id', message: `${queue.name} is closed${opens}` },
            ]);
          }
        }
        const transfer = await transfersRepository.insert(uow.tx, {
          contactId,
          caseId: contact.caseId,
          fromAgentId: actor.id,
          fromAgentName: actor.displayName,
          toAgentId: input.to.kind === 'agent' ? input.to.id : null,
          toQueueId: input.to.kind === 'queue' ? input.to.id : null,
          mode: input.mode,
          reason: input.reason,
          summary: input.summary,
          tried: input.tried,
          identity: input.identity,
        });
        if (input.mode === 'cold') {
          // The sender is free at once; the contact waits for the receiver with its packet.
          await transitionContact(uow.tx, contactId, 'queued', {
            agentId: null,
            queueId: input.to.kind === 'queue' ? input.to.id : contact.queueId,
            declinedBy: [],
            // To a person: theirs alone for the grace time (they may be finishing something), then the queue's.
            preferredAgentId: input.to.kind === 'agent' ? input.to.id : null,
            preferredUntil: input.to.kind === 'agent' ? new Date(now().getTime() + graceMs) : null,
          });
          if (!(await agentHoldsOtherContact(uow.tx, actor.id, contactId)))
            await changePresence(uow, deps.bus, actor.id, 'available');
          const queueId = input.to.kind === 'queue' ? input.to.id : contact.queueId;
          if (queueId) uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queueId] }));
        }
        const { agentId: offeredTo, callMove } = await deps.routing.offerTransfer(uow, {
          contactId,
          channel: contact.channel,
          queueId: input.to.kind === 'queue' ? input.to.id : null,
          declinedBy: [],
          transferId: transfer.id,
          exclude: [actor.id],
          ...(input.to.kind === 'agent' ? { onlyAgentId: input.to.id } : {}),
        });
        if (offeredTo && input.mode === 'cold') await transitionContact(uow.tx, contactId, 'offered');
        return {
          transferId: transfer.id,
          offeredTo,
          callMove:
            callMove ?? (await callMoveBeforeOffer(uow.tx, contactId, input.to.kind === 'agent' ? input.to.id : null)),
        };
      });
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
