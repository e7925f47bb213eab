import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

export function useUnblockNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (blockedId: string) => callApi(api.adminTelephony.unblock, { params: { id: blockedId } }),
    onSuccess: (_, blockedId) =>
      queryClient.setQueryData(queryKeys.adminBlockedNumbers, (items) =>
        items?.filter((item) => item.id !== blockedId),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminBlockedNumbers }),
  });
}
