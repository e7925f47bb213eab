import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallPop } from '@shared/schemas/call';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';
import { mergeMyCalls, seedPopCustomer } from './call-cache';

/** My live calls with their screen pops: read on load and after a reconnect, then kept by pushes. */
export function useMyCalls() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.myCalls,
    queryFn: async ({ signal }) => {
      const { items } = await http.get<{ items: CallPop[] }>('/api/calls/mine', { signal });
      for (const pop of items) seedPopCustomer(queryClient, pop);
      return mergeMyCalls(queryClient.getQueryData<CallPop[]>(queryKeys.myCalls), items);
    },
    // Pushes keep it current; a reconnect reads it again.
    staleTime: Infinity,
  });
}
