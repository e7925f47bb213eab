import { useQuery } from '@tanstack/react-query';
import type { BlockedNumber } from '@shared/schemas/admin-telephony';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Callers the desk never offers: their calls are dropped at the webhook. */
export function useBlockedNumbers() {
  return useQuery({
    queryKey: queryKeys.adminBlockedNumbers,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: BlockedNumber[] }>('/api/admin/blocked-numbers', { signal })).items,
  });
}
