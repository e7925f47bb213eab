import type { QueryClient } from '@tanstack/react-query';
import type { CallMove, CallMoveFailed, Offer, TransferDecided } from '@shared/schemas/transfer';
import { keyOf } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

/** An offer for me arrived (push): add it, or replace the one with the same id. */
export function insertOffer(queryClient: QueryClient, offer: Offer): void {
  queryClient.setQueryData(queryKeys.myOffers, (offers = []) =>
    offers.some((item) => item.id === offer.id)
      ? offers.map((item) => (item.id === offer.id ? offer : item))
      : [...offers, offer],
  );
}

/** The offer closed (accepted, declined, expired, withdrawn, or taken by someone else): it leaves the desk. */
export function removeOffer(queryClient: QueryClient, offerId: string): void {
  queryClient.setQueryData(queryKeys.myOffers, (offers) => offers?.filter((item) => item.id !== offerId));
}

/** A transfer this desk sent, and what became of it. */
export interface SentTransfer {
  transferId: string;
  contactId: string;
  mode: 'cold' | 'warm';
  targetName: string;
  state: 'waiting' | 'transferred' | 'accepted' | 'declined';
  byName: string | null;
  declineReason: string | null;
  /** For a phone call: who moves the voice (the PBX, or someone on their phone). */
  callMove?: CallMove;
  /** The PBX was asked to move the call and could not: its reason. */
  moveFailure?: string | null;
}

/** Sent transfers as this desk keeps them: the server's waiting ones, plus what was decided since. */
export const sentTransfersKey = keyOf<SentTransfer[]>(queryKeys.sentTransfers);

export function recordSentTransfer(queryClient: QueryClient, sent: SentTransfer): void {
  queryClient.setQueryData(sentTransfersKey, (list = []) => [
    ...list.filter((item) => item.contactId !== sent.contactId),
    sent,
  ]);
}

export function forgetSentTransfer(queryClient: QueryClient, transferId: string): void {
  queryClient.setQueryData(sentTransfersKey, (list = []) => list.filter((item) => item.transferId !== transferId));
}

/** The receiver decided: say so; once accepted the contact is no longer mine, so its call leaves my desk. */
export function applyTransferDecided(queryClient: QueryClient, decided: TransferDecided): void {
  queryClient.setQueryData(sentTransfersKey, (list = []) => {
    const known = list.find((item) => item.transferId === decided.transferId || item.contactId === decided.contactId);
    const next: SentTransfer = {
      transferId: decided.transferId,
      contactId: decided.contactId,
      mode: known?.mode ?? 'warm',
      targetName: known?.targetName ?? decided.by.name,
      state: decided.state,
      byName: decided.by.name,
      declineReason: decided.declineReason,
      callMove: decided.callMove ?? known?.callMove ?? null,
      moveFailure: known?.moveFailure ?? null,
    };
    return [...list.filter((item) => item !== known), next];
  });
  if (decided.state === 'accepted') {
    queryClient.setQueryData(queryKeys.myCalls, (calls) => calls?.filter((pop) => pop.call.id !== decided.contactId));
  }
}

/**
 * The PBX could not move a transferred call. The sender sees it on their transfer's status; the
 * receiver (who has no such status) gets one, so neither thinks the caller is where they are not.
 */
export function applyCallMoveFailed(queryClient: QueryClient, failed: CallMoveFailed): void {
  queryClient.setQueryData(sentTransfersKey, (list = []): SentTransfer[] => {
    const known = list.find(
      (item) => (failed.transferId && item.transferId === failed.transferId) || item.contactId === failed.contactId,
    );
    if (known) return list.map((item) => (item === known ? { ...item, moveFailure: failed.reason } : item));
    return [
      ...list,
      {
        transferId: failed.transferId ?? failed.commandId,
        contactId: failed.contactId,
        mode: failed.kind === 'redirect' ? 'cold' : 'warm',
        targetName: '',
        state: 'transferred',
        byName: null,
        declineReason: null,
        callMove: { by: 'pbx', toExtension: null },
        moveFailure: failed.reason,
      },
    ];
  });
}
