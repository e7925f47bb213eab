import type { QueryClient } from '@tanstack/react-query';
import type { Offer, TransferDecided } from '@shared/schemas/transfer';
import type { CallPop } from '@shared/schemas/call';
import { queryKeys } from '../../api/query-keys';

/** An offer for me arrived (push): add it, or replace the one with the same id. */
export function insertOffer(queryClient: QueryClient, offer: Offer): void {
  queryClient.setQueryData<Offer[]>(queryKeys.myOffers, (offers = []) =>
    offers.some((item) => item.id === offer.id) ? offers.map((item) => (item.id === offer.id ? offer : item)) : [...offers, offer],
  );
}

/** The offer closed (accepted, declined, expired, withdrawn, or taken by someone else): it leaves the desk. */
export function removeOffer(queryClient: QueryClient, offerId: string): void {
  queryClient.setQueryData<Offer[]>(queryKeys.myOffers, (offers) => offers?.filter((item) => item.id !== offerId));
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
}

export function recordSentTransfer(queryClient: QueryClient, sent: SentTransfer): void {
  queryClient.setQueryData<SentTransfer[]>(queryKeys.sentTransfers, (list = []) => [
    ...list.filter((item) => item.contactId !== sent.contactId),
    sent,
  ]);
}

export function forgetSentTransfer(queryClient: QueryClient, transferId: string): void {
  queryClient.setQueryData<SentTransfer[]>(queryKeys.sentTransfers, (list = []) => list.filter((item) => item.transferId !== transferId));
}

/** The receiver decided: say so; once accepted the contact is no longer mine, so its call leaves my desk. */
export function applyTransferDecided(queryClient: QueryClient, decided: TransferDecided): void {
  queryClient.setQueryData<SentTransfer[]>(queryKeys.sentTransfers, (list = []) => {
    const known = list.find((item) => item.transferId === decided.transferId || item.contactId === decided.contactId);
    const next: SentTransfer = {
      transferId: decided.transferId,
      contactId: decided.contactId,
      mode: known?.mode ?? 'warm',
      targetName: known?.targetName ?? decided.by.name,
      state: decided.state,
      byName: decided.by.name,
      declineReason: decided.declineReason,
    };
    return [...list.filter((item) => item !== known), next];
  });
  if (decided.state === 'accepted') {
    queryClient.setQueryData<CallPop[]>(queryKeys.myCalls, (calls) => calls?.filter((pop) => pop.call.id !== decided.contactId));
  }
}
