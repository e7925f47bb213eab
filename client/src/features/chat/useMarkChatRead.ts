import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { markChatReadLocally } from './chat-cache';

/** I have seen the visitor's messages up to `upToSeq`: they see "read", my tab loses its count. */
export function useMarkChatRead(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upToSeq: number) =>
      callApi(api.chats.receipt, { params: { id: chatId }, body: { upToSeq, state: 'read' } }),
    onMutate: () => markChatReadLocally(queryClient, chatId),
  });
}
