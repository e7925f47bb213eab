import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

/** Revokes a PBX's token: the server refuses its events from now on. */
export function useRevokePbx() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pbxId: string) => callApi(api.adminTelephony.revokePbx, { params: { id: pbxId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminPbx }),
  });
}
