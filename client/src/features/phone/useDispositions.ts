import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Call outcomes an agent can pick at wrap-up; they change rarely. */
export function useDispositions() {
  return useQuery({
    ...queries.dispositions,
    staleTime: 60 * 60_000,
  });
}
