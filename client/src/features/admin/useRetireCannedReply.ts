import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';
import { applyCannedReplyChange } from './canned-replies-cache';

/** Retires a canned reply: agents no longer find it; it stays listed here and can be put back. */
export function useRetireCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(api.adminCannedReplies.retire, { params: { id } }),
    onSuccess: (_, id) => {
      const current = queryClient.getQueryData(queryKeys.adminCannedReplies)?.find((item) => item.id === id);
      applyCannedReplyChange(queryClient, current ? { ...current, active: false } : null);
    },
  });
}
