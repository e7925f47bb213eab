import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BlockedNumber } from '@shared/schemas/admin-telephony';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useUnblockNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (blockedId: string) => http.delete(`/api/admin/blocked-numbers/${encodeURIComponent(blockedId)}`),
    onSuccess: (_, blockedId) =>
      queryClient.setQueryData<BlockedNumber[]>(queryKeys.adminBlockedNumbers, (items) =>
        items?.filter((item) => item.id !== blockedId),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminBlockedNumbers }),
  });
}
