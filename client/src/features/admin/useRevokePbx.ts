import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Revokes a PBX's token: the server refuses its events from now on. */
export function useRevokePbx() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pbxId: string) => http.delete(`/api/admin/pbx/${encodeURIComponent(pbxId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminPbx }),
  });
}
