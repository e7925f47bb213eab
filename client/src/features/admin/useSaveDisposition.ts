import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpsertDispositionRequest } from '@shared/schemas/admin-telephony';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

/** Creates a disposition or renames the one with that code; the answer is the whole new list. */
export function useSaveDisposition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: UpsertDispositionRequest) =>
      (await callApi(api.adminTelephony.saveDisposition, { body: request })).items,
    onSuccess: (items) => queryClient.setQueryData(queryKeys.dispositions, items),
  });
}
