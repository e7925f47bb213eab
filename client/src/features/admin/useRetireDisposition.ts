import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

/** Retires a disposition: agents no longer see it; past calls keep their code. */
export function useRetireDisposition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callApi(api.adminTelephony.retireDisposition, { params: { code } }),
    onSuccess: (_, code) =>
      queryClient.setQueryData(queryKeys.dispositions, (items) => items?.filter((item) => item.code !== code)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.dispositions }),
  });
}
