import { useQuery } from '@tanstack/react-query';
import type { AgentSkillsView } from '@shared/schemas/admin-routing';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Active agents with the skills and capacity per channel routing uses. */
export function useRoutingAgents() {
  return useQuery({
    queryKey: queryKeys.adminAgents,
    queryFn: async ({ signal }) => (await http.get<{ items: AgentSkillsView[] }>('/api/admin/agents', { signal })).items,
  });
}
