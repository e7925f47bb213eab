import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { insertSentMessage } from './chat-cache';

export interface SendChatMessageVariables {
  chatId: string;
  /** Kept on a retry, so the server stores the message once. */
  clientMessageId: string;
  body: string;
}

export const sendChatMessageKey = (chatId: string) => ['chat-send', chatId] as const;

/** My reply; shown as "sending" (from the mutation's variables) until the server has stored it. */
export function useSendChatMessage(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: sendChatMessageKey(chatId),
    mutationFn: ({ clientMessageId, body }: SendChatMessageVariables) =>
      callApi(api.chats.send, { params: { id: chatId }, body: { clientMessageId, body } }),
    onSuccess: ({ message }) => insertSentMessage(queryClient, chatId, message),
  });
}
