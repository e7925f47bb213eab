import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** The signed-in agent, or null when signed out. */
export function useMe() {
  return useQuery(queries.me);
}
