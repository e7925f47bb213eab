import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Disposition } from '@shared/schemas/call';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Retires a disposition: agents no longer see it; past calls keep their code. */
export function useRetireDisposition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => http.delete(`/api/admin/dispositions/${encodeURIComponent(code)}`),
    onSuccess: (_, code) =>
      queryClient.setQueryData<Disposition[]>(queryKeys.dispositions, (items) => items?.filter((item) => item.code !== code)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.dispositions }),
  });
}
