import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateQueueRequest, QueueView } from '@shared/schemas/admin-routing';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useCreateQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateQueueRequest) => (await http.post<{ queue: QueueView }>('/api/admin/queues', request)).queue,
    onSuccess: (queue) => {
      queryClient.setQueryData<QueueView[]>(queryKeys.adminQueues, (items) =>
        items ? [...items, queue].sort((a, b) => a.name.localeCompare(b.name)) : items,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminQueues });
    },
  });
}
