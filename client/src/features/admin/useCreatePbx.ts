import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePbxRequest } from '@shared/schemas/admin-telephony';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

/**
 * Creates a PBX connection. The answer carries the only copy of its token: the caller keeps it in
 * component state to show once; only the summary goes into the cache.
 */
export function useCreatePbx() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePbxRequest) => callApi(api.adminTelephony.createPbx, { body: request }),
    onSuccess: ({ pbx }) => {
      queryClient.setQueryData(queryKeys.adminPbx, (items) => (items ? [...items, pbx] : items));
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminPbx });
    },
  });
}
