import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import type { ChatTypingState } from './chat-cache';

const NOT_TYPING: ChatTypingState = { name: null, typing: false };

/** Whether the visitor is typing in this chat: written by the 'chat.typing' push only. */
export function useChatTyping(chatId: string): ChatTypingState {
  return (
    useQuery<ChatTypingState>({
      queryKey: queryKeys.chatTyping(chatId),
      queryFn: () => NOT_TYPING,
      initialData: NOT_TYPING,
      staleTime: Infinity,
    }).data ?? NOT_TYPING
  );
}
