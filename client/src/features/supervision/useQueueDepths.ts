import { useQuery } from '@tanstack/react-query';
import type { QueueDepth } from '@shared/schemas/queue-depth';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Contacts waiting per queue: read on load and after a reconnect, then kept by pushes. */
export function useQueueDepths() {
  return useQuery({
    queryKey: queryKeys.queueDepths,
    queryFn: async ({ signal }) => (await http.get<{ items: QueueDepth[] }>('/api/queues/depths', { signal })).items,
    staleTime: Infinity,
  });
}
