import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CannedReplyAdminView } from '@shared/schemas/admin-canned-replies';
import { http } from '../../api/http';
import { applyCannedReplyChange } from './canned-replies-cache';

/** Puts a retired canned reply back in use (refused when a reply in use took its title meanwhile). */
export function useRestoreCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      (await http.put<{ reply: CannedReplyAdminView }>(`/api/admin/canned-replies/${encodeURIComponent(id)}`, { active: true })).reply,
    onSuccess: (reply) => applyCannedReplyChange(queryClient, reply),
  });
}
