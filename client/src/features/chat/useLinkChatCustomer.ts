import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { upsertChat } from './chat-cache';

/** Ties the chat to the customer the agent recognised: the transcript lands on their timeline. */
export function useLinkChatCustomer(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (customerId: string) => callApi(api.chats.link, { params: { id: chatId }, body: { customerId } }),
    onSuccess: ({ chat }) => upsertChat(queryClient, chat),
  });
}
