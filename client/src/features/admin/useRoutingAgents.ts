import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Active agents with the skills and capacity per channel routing uses. */
export function useRoutingAgents() {
  return useQuery({
    ...queries.adminAgents,
  });
}
