import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueueView, UpdateQueueRequest } from '@shared/schemas/admin-routing';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useUpdateQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, request }: { id: string; request: UpdateQueueRequest }) =>
      (await http.put<{ queue: QueueView }>(`/api/admin/queues/${encodeURIComponent(id)}`, request)).queue,
    onSuccess: (queue) => {
      queryClient.setQueryData<QueueView[]>(queryKeys.adminQueues, (items) => items?.map((item) => (item.id === queue.id ? queue : item)));
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminQueues });
    },
  });
}
