import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** One chat with its whole history; pushes append to it. */
export function useChat(chatId: string) {
  return useQuery({
    ...queries.chat(chatId),
    staleTime: Infinity,
  });
}
