import { useQuery } from '@tanstack/react-query';
import type { Disposition } from '@shared/schemas/call';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Call outcomes an agent can pick at wrap-up; they change rarely. */
export function useDispositions() {
  return useQuery({
    queryKey: queryKeys.dispositions,
    queryFn: async ({ signal }) => (await http.get<{ items: Disposition[] }>('/api/dispositions', { signal })).items,
    staleTime: 60 * 60_000,
  });
}
