import { useQuery } from '@tanstack/react-query';
import { chatTypingKey, type ChatTypingState } from './chat-cache';

const NOT_TYPING: ChatTypingState = { name: null, typing: false };

/** Whether the visitor is typing in this chat: written by the 'chat.typing' push only. */
export function useChatTyping(chatId: string): ChatTypingState {
  return (
    useQuery({
      queryKey: chatTypingKey(chatId),
      queryFn: () => NOT_TYPING,
      initialData: NOT_TYPING,
      staleTime: Infinity,
    }).data ?? NOT_TYPING
  );
}
