import { useMutation } from '@tanstack/react-query';
import { http } from '../../api/http';

/** Tells the visitor I am typing (or stopped); a lost signal is harmless, so failures stay quiet. */
export function useSendChatTyping(chatId: string) {
  return useMutation({
    mutationFn: (typing: boolean) => http.post<void>(`/api/chats/${encodeURIComponent(chatId)}/typing`, { typing }),
  });
}
