import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CannedReplyAdminView } from '@shared/schemas/admin-canned-replies';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';
import { applyCannedReplyChange } from './canned-replies-cache';

/** Retires a canned reply: agents no longer find it; it stays listed here and can be put back. */
export function useRetireCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.delete(`/api/admin/canned-replies/${encodeURIComponent(id)}`),
    onSuccess: (_, id) => {
      const current = queryClient.getQueryData<CannedReplyAdminView[]>(queryKeys.adminCannedReplies)?.find((item) => item.id === id);
      applyCannedReplyChange(queryClient, current ? { ...current, active: false } : null);
    },
  });
}
