import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queries } from '../../api/query-keys';
import { mergeMyCalls, seedPopCustomer } from './call-cache';

/** My live calls with their screen pops: read on load and after a reconnect, then kept by pushes. */
export function useMyCalls() {
  const queryClient = useQueryClient();
  return useQuery({
    ...queries.myCalls,
    queryFn: async ({ signal }) => {
      const { items } = await callApi(api.calls.mine, {}, { signal });
      for (const pop of items) seedPopCustomer(queryClient, pop);
      return mergeMyCalls(queryClient.getQueryData(queries.myCalls.queryKey), items);
    },
    // Pushes keep it current; a reconnect reads it again.
    staleTime: Infinity,
  });
}
