import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BlockNumberRequest, BlockedNumber } from '@shared/schemas/admin-telephony';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useBlockNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: BlockNumberRequest) =>
      (await http.post<{ blocked: BlockedNumber }>('/api/admin/blocked-numbers', request)).blocked,
    onSuccess: (blocked) => {
      queryClient.setQueryData<BlockedNumber[]>(queryKeys.adminBlockedNumbers, (items) =>
        items ? [...items.filter((item) => item.id !== blocked.id), blocked] : items,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminBlockedNumbers });
    },
  });
}
