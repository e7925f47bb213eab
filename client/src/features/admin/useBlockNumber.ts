import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BlockNumberRequest } from '@shared/schemas/admin-telephony';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

export function useBlockNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: BlockNumberRequest) =>
      (await callApi(api.adminTelephony.block, { body: request })).blocked,
    onSuccess: (blocked) => {
      queryClient.setQueryData(queryKeys.adminBlockedNumbers, (items) =>
        items ? [...items.filter((item) => item.id !== blocked.id), blocked] : items,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminBlockedNumbers });
    },
  });
}
