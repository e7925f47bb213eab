import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateQueueRequest } from '@shared/schemas/admin-routing';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

export function useUpdateQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, request }: { id: string; request: UpdateQueueRequest }) =>
      (await callApi(api.adminRouting.updateQueue, { params: { id }, body: request })).queue,
    onSuccess: (queue) => {
      queryClient.setQueryData(queryKeys.adminQueues, (items) =>
        items?.map((item) => (item.id === queue.id ? queue : item)),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminQueues });
    },
  });
}
