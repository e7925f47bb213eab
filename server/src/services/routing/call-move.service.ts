import type { CallMove } from '@shared/schemas/transfer';
import type { Db } from '../../db/store';
import { pbxCommandsRepository, type ClaimedPbxCommand } from '../../db/repositories/pbx-commands.repository';
import type { TransferRow } from '../../db/repositories/transfers.repository';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import type { EventBus } from '../../events/bus';

/** A sender that dies between claiming and recording lets the command be tried again after this. */
const LEASE_MS = 60_000;

export interface CallMoveDeps {
  db: Db;
  bus: EventBus;
  /** Sends without an answer from the PBX (time-out, link lost mid-way) before giving up. */
  maxAttempts?: number;
}

interface TransferStep {
  transfer: TransferRow;
  contactId: string;
  /** The agent the contact is offered to, or who accepted / declined it. */
  receiverId: string;
}

/**
 * Moves the voice of a transferred phone call. Inside Omnidesk a transfer moves the contact; on
 * the phone the caller is still connected where they were, so each transfer decision writes what
 * the PBX must do into the `pbx_commands` outbox, in the decision's own transaction. The process
 * that holds the PBX's AMI link sends those commands (`claimNext` / `record*`).
 *
 * - cold, accepted: the caller's leg is redirected to the receiver's extension;
 * - warm, offered: the sender consults the receiver (attended transfer, caller on hold);
 *   accepted: the consultation completes (the caller is handed over); declined or expired: the
 *   consulted leg is hung up and the sender has the caller back.
 *
 * PBXs that only report calls (webhook) have no control channel: the answer says a person must move the call.
 */
export function createCallMoveService(deps: CallMoveDeps) {
  const maxAttempts = deps.maxAttempts ?? 3;

  async function enqueue(
    uow: UnitOfWork,
    step: TransferStep,
    kind: ClaimedPbxCommand['kind'],
    call: { pbxId: string; pbxCallId: string },
  ): Promise<CallMove> {
    const [fromExtension, targetExtension] = await Promise.all([
      pbxCommandsRepository.extensionOf(uow.tx, step.transfer.fromAgentId),
      pbxCommandsRepository.extensionOf(uow.tx, step.receiverId),
    ]);
    // The sender's extension finds their leg (consultation); the receiver's is where the caller goes.
    const needsFrom = kind === 'attended' || kind === 'attended_complete';
    const missing = !targetExtension
      ? 'the receiver has no extension'
      : needsFrom && !fromExtension
        ? 'the sender has no extension'
        : null;
    const command = await pbxCommandsRepository.insert(uow.tx, {
      pbxId: call.pbxId,
      pbxCallId: call.pbxCallId,
      contactId: step.contactId,
      transferId: step.transfer.id,
      kind,
      fromAgentId: step.transfer.fromAgentId,
      toAgentId: step.receiverId,
      fromExtension,
      targetExtension,
      ...(missing ? { state: 'failed' as const, lastError: `${missing}: transfer the call on the phone` } : {}),
    });
    if (missing) {
      const agentIds = [step.transfer.fromAgentId, step.receiverId];
      const failed = {
        commandId: command.id,
        transferId: step.transfer.id,
        contactId: step.contactId,
        kind,
        reason: command.lastError ?? missing,
      };
      uow.afterCommit(() => deps.bus.emit('call.moveFailed', { ...failed, agentIds }));
      return { by: 'agent', toExtension: targetExtension };
    }
    uow.afterCommit(() => deps.bus.emit('pbx.commandQueued', { pbxId: call.pbxId }));
    return { by: 'pbx', toExtension: targetExtension };
  }

  /** Null: no phone call; `agent`: a PBX Omnidesk cannot drive. */
  async function manualOrCall(uow: UnitOfWork, step: TransferStep) {
    const call = await pbxCommandsRepository.callControl(uow.tx, step.contactId);
    if (!call) return { move: null, call: null };
    if (call.control !== 'ami')
      return {
        move: {
          by: 'agent',
          toExtension: await pbxCommandsRepository.extensionOf(uow.tx, step.receiverId),
        } satisfies CallMove,
        call: null,
      };
    return { move: null, call };
  }

  /** A consultation that is (or may be) going on: its `attended` command did not fail. */
  async function consulting(uow: UnitOfWork, transferId: string): Promise<boolean> {
    const attended = (await pbxCommandsRepository.forTransfer(uow.tx, transferId))
      .filter((c) => c.kind === 'attended')
      .at(-1);
    return attended !== undefined && attended.state !== 'failed';
  }

  return {
    /** A transfer's offer was created: a warm transfer of a call starts the consultation now. */
    async onTransferOffered(uow: UnitOfWork, step: TransferStep): Promise<CallMove> {
      if (step.transfer.mode !== 'warm') return null;
      const { move, call } = await manualOrCall(uow, step);
      if (!call) return move;
      return enqueue(uow, step, 'attended', call);
    },

    /** The receiver accepted: the caller goes to them (cold), or the consultation completes (warm). */
    async onTransferAccepted(uow: UnitOfWork, step: TransferStep): Promise<CallMove> {
      const { move, call } = await manualOrCall(uow, step);
      if (!call) return move;
      // A consultation that never started (refused by the PBX) leaves the caller with the sender: redirect them.
      if (step.transfer.mode === 'warm' && (await consulting(uow, step.transfer.id)))
        return enqueue(uow, step, 'attended_complete', call);
      return enqueue(uow, step, 'redirect', call);
    },

    /** The receiver declined (or let the offer expire): a warm consultation is hung up, the sender keeps the caller. */
    async onTransferDeclined(uow: UnitOfWork, step: TransferStep): Promise<CallMove> {
      if (step.transfer.mode !== 'warm') return null;
      const { move, call } = await manualOrCall(uow, step);
      if (!call || !(await consulting(uow, step.transfer.id))) return move;
      return enqueue(uow, step, 'attended_cancel', call);
    },

    /** For the process holding the PBX link: the next command to send, leased to it. */
    claimNext(pbxId: string): Promise<ClaimedPbxCommand | null> {
      return inTransaction(deps.db, (uow) => pbxCommandsRepository.claimNext(uow.tx, pbxId, LEASE_MS));
    },

    async recordSent(commandId: string): Promise<void> {
      await pbxCommandsRepository.markSent(deps.db, commandId);
    },

    /** The PBX was seen doing what was asked (the caller's leg reached the target). */
    async recordDone(commandId: string): Promise<void> {
      await pbxCommandsRepository.markDone(deps.db, commandId);
    },

    /**
     * The PBX refused (`retryable` false: an Error response, an ended call) or did not answer.
     * Unanswered sends are retried up to `maxAttempts`; then, or at once when refused, the command
     * fails and the agents of the transfer are told why.
     */
    async recordFailure(
      command: Pick<ClaimedPbxCommand, 'id' | 'attempts'>,
      reason: string,
      retryable: boolean,
    ): Promise<'retry' | 'failed'> {
      if (retryable && command.attempts < maxAttempts) {
        await pbxCommandsRepository.markRetry(deps.db, command.id, reason);
        return 'retry';
      }
      const final = retryable ? `${reason} (after ${command.attempts} attempts)` : reason;
      await inTransaction(deps.db, async (uow) => {
        const row = await pbxCommandsRepository.markFailed(uow.tx, command.id, final);
        if (!row) return;
        const agentIds = [row.fromAgentId, row.toAgentId].filter((id): id is string => id !== null);
        const failed = {
          commandId: row.id,
          transferId: row.transferId,
          contactId: row.contactId,
          kind: row.kind,
          reason: final,
        };
        uow.afterCommit(() => deps.bus.emit('call.moveFailed', { ...failed, agentIds }));
      });
      return 'failed';
    },
  };
}

export type CallMoveService = ReturnType<typeof createCallMoveService>;
