import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateQueueRequest } from '@shared/schemas/admin-routing';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

export function useCreateQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateQueueRequest) =>
      (await callApi(api.adminRouting.createQueue, { body: request })).queue,
    onSuccess: (queue) => {
      queryClient.setQueryData(queryKeys.adminQueues, (items) =>
        items ? [...items, queue].sort((a, b) => a.name.localeCompare(b.name)) : items,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminQueues });
    },
  });
}
