import { useQuery } from '@tanstack/react-query';
import type { CallView } from '@shared/schemas/call';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Missed inbound calls nobody has dealt with yet, newest first; pushes add and remove them. */
export function useMissedCalls() {
  return useQuery({
    queryKey: queryKeys.missedCalls,
    queryFn: async ({ signal }) => (await http.get<{ items: CallView[] }>('/api/calls/missed', { signal })).items,
    staleTime: Infinity,
  });
}
