import { useMutation } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';

/** Tells the visitor I am typing (or stopped); a lost signal is harmless, so failures stay quiet. */
export function useSendChatTyping(chatId: string) {
  return useMutation({
    mutationFn: (typing: boolean) => callApi(api.chats.typing, { params: { id: chatId }, body: { typing } }),
  });
}
