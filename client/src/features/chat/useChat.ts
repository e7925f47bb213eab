import { useQuery } from '@tanstack/react-query';
import type { ChatDetail } from '@shared/schemas/chat';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** One chat with its whole history; pushes append to it. */
export function useChat(chatId: string) {
  return useQuery({
    queryKey: queryKeys.chat(chatId),
    queryFn: ({ signal }) => http.get<ChatDetail>(`/api/chats/${encodeURIComponent(chatId)}`, { signal }),
    staleTime: Infinity,
  });
}
