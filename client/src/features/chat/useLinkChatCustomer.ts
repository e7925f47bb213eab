import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChatSummary } from '@shared/schemas/chat';
import { http } from '../../api/http';
import { upsertChat } from './chat-cache';

/** Ties the chat to the customer the agent recognised: the transcript lands on their timeline. */
export function useLinkChatCustomer(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (customerId: string) => http.post<{ chat: ChatSummary }>(`/api/chats/${encodeURIComponent(chatId)}/link`, { customerId }),
    onSuccess: ({ chat }) => upsertChat(queryClient, chat),
  });
}
