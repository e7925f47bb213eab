import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Contacts waiting per queue: read on load and after a reconnect, then kept by pushes. */
export function useQueueDepths() {
  return useQuery({
    ...queries.queueDepths,
    staleTime: Infinity,
  });
}
