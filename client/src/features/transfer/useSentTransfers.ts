import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import type { SentTransfer } from './offer-cache';

const NONE: SentTransfer[] = [];

/** Transfers this desk sent: written by the transfer answer and the 'transfer.decided' push only. */
export function useSentTransfers(): SentTransfer[] {
  return (
    useQuery<SentTransfer[]>({
      queryKey: queryKeys.sentTransfers,
      queryFn: () => NONE,
      initialData: NONE,
      staleTime: Infinity,
      gcTime: Infinity,
    }).data ?? NONE
  );
}
