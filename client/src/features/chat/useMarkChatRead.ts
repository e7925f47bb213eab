import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/http';
import { markChatReadLocally } from './chat-cache';

/** I have seen the visitor's messages up to `upToSeq`: they see "read", my tab loses its count. */
export function useMarkChatRead(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upToSeq: number) => http.post<void>(`/api/chats/${encodeURIComponent(chatId)}/receipts`, { upToSeq, state: 'read' }),
    onMutate: () => markChatReadLocally(queryClient, chatId),
  });
}
