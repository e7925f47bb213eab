import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { applyCannedReplyChange } from './canned-replies-cache';

/** Puts a retired canned reply back in use (refused when a reply in use took its title meanwhile). */
export function useRestoreCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      (await callApi(api.adminCannedReplies.update, { params: { id }, body: { active: true } })).reply,
    onSuccess: (reply) => applyCannedReplyChange(queryClient, reply),
  });
}
