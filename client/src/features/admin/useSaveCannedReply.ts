import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CannedReplyAdminView, CreateCannedReplyRequest } from '@shared/schemas/admin-canned-replies';
import { http } from '../../api/http';
import { applyCannedReplyChange } from './canned-replies-cache';

/** Adds a canned reply, or saves the edited one when an id is given. */
export function useSaveCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, request }: { id: string | null; request: CreateCannedReplyRequest }) =>
      id
        ? (await http.put<{ reply: CannedReplyAdminView }>(`/api/admin/canned-replies/${encodeURIComponent(id)}`, request)).reply
        : (await http.post<{ reply: CannedReplyAdminView }>('/api/admin/canned-replies', request)).reply,
    onSuccess: (reply) => applyCannedReplyChange(queryClient, reply),
  });
}
