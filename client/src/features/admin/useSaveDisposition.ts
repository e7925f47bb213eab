import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpsertDispositionRequest } from '@shared/schemas/admin-telephony';
import type { Disposition } from '@shared/schemas/call';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Creates a disposition or renames the one with that code; the answer is the whole new list. */
export function useSaveDisposition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: UpsertDispositionRequest) =>
      (await http.put<{ items: Disposition[] }>('/api/admin/dispositions', request)).items,
    onSuccess: (items) => queryClient.setQueryData(queryKeys.dispositions, items),
  });
}
