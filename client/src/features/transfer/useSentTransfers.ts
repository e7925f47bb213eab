import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { sentTransfersKey, type SentTransfer } from './offer-cache';

const NONE: SentTransfer[] = [];

/**
 * Transfers this desk sent. The server gives back those still waiting for their receiver (after a
 * reload or a reconnect); answers and pushes add what was decided since, which stays until dismissed.
 */
export function useSentTransfers(): SentTransfer[] {
  const queryClient = useQueryClient();
  return (
    useQuery({
      queryKey: sentTransfersKey,
      queryFn: async ({ signal }) => {
        const waiting = (await callApi(api.routing.sentTransfers, {}, { signal })).items;
        const known = queryClient.getQueryData(sentTransfersKey) ?? NONE;
        const decided = known.filter(
          (item) => item.state !== 'waiting' && !waiting.some((w) => w.contactId === item.contactId),
        );
        // A cold transfer left my desk when I sent it: only warm ones still wait on me.
        const restored = waiting
          .filter((w) => w.mode === 'warm')
          .map(
            (w): SentTransfer => ({
              transferId: w.transferId,
              contactId: w.contactId,
              mode: w.mode,
              targetName: w.targetName,
              state: 'waiting',
              byName: null,
              declineReason: null,
            }),
          );
        return [...decided, ...restored];
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }).data ?? NONE
  );
}
