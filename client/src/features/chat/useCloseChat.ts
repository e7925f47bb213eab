import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloseChatRequest } from '@shared/schemas/chat';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { removeChat, upsertChat } from './chat-cache';

/** Ends the chat with its disposition; once the contact is closed its tab leaves the desk. */
export function useCloseChat(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CloseChatRequest) => callApi(api.chats.close, { params: { id: chatId }, body: request }),
    onSuccess: ({ chat }) => {
      if (chat.contactState === 'closed') removeChat(queryClient, { conversationId: chat.id });
      else upsertChat(queryClient, chat);
    },
  });
}
