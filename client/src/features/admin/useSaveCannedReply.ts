import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCannedReplyRequest } from '@shared/schemas/admin-canned-replies';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { applyCannedReplyChange } from './canned-replies-cache';

/** Adds a canned reply, or saves the edited one when an id is given. */
export function useSaveCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, request }: { id: string | null; request: CreateCannedReplyRequest }) =>
      id
        ? (await callApi(api.adminCannedReplies.update, { params: { id }, body: request })).reply
        : (await callApi(api.adminCannedReplies.create, { body: request })).reply,
    onSuccess: (reply) => applyCannedReplyChange(queryClient, reply),
  });
}
