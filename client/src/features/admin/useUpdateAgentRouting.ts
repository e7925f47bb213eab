import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgentSkillsView, UpdateAgentRoutingRequest } from '@shared/schemas/admin-routing';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useUpdateAgentRouting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, request }: { id: string; request: UpdateAgentRoutingRequest }) =>
      (await http.put<{ agent: AgentSkillsView }>(`/api/admin/agents/${encodeURIComponent(id)}/routing`, request)).agent,
    onSuccess: (agent) => {
      queryClient.setQueryData<AgentSkillsView[]>(queryKeys.adminAgents, (items) => items?.map((item) => (item.id === agent.id ? agent : item)));
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminAgents });
    },
  });
}
