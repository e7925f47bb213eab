import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateAgentRoutingRequest } from '@shared/schemas/admin-routing';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

export function useUpdateAgentRouting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, request }: { id: string; request: UpdateAgentRoutingRequest }) =>
      (await callApi(api.adminRouting.updateAgentRouting, { params: { id }, body: request })).agent,
    onSuccess: (agent) => {
      queryClient.setQueryData(queryKeys.adminAgents, (items) =>
        items?.map((item) => (item.id === agent.id ? agent : item)),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminAgents });
    },
  });
}
