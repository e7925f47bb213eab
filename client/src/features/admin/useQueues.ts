import { useQuery } from '@tanstack/react-query';
import type { QueueView } from '@shared/schemas/admin-routing';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Every queue with its routing settings, by name. */
export function useQueues() {
  return useQuery({
    queryKey: queryKeys.adminQueues,
    queryFn: async ({ signal }) => (await http.get<{ items: QueueView[] }>('/api/admin/queues', { signal })).items,
  });
}
