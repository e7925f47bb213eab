import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChatSummary, CloseChatRequest } from '@shared/schemas/chat';
import { http } from '../../api/http';
import { removeChat, upsertChat } from './chat-cache';

/** Ends the chat with its disposition; once the contact is closed its tab leaves the desk. */
export function useCloseChat(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CloseChatRequest) => http.post<{ chat: ChatSummary }>(`/api/chats/${encodeURIComponent(chatId)}/close`, request),
    onSuccess: ({ chat }) => {
      if (chat.contactState === 'closed') removeChat(queryClient, { conversationId: chat.id });
      else upsertChat(queryClient, chat);
    },
  });
}
