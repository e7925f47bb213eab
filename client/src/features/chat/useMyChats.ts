import { useQuery } from '@tanstack/react-query';
import type { ChatSummary } from '@shared/schemas/chat';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** The chats I hold: read on load (a reloaded desk gets them back) and after a reconnect, then kept by pushes. */
export function useMyChats() {
  return useQuery({
    queryKey: queryKeys.myChats,
    queryFn: async ({ signal }) => (await http.get<{ items: ChatSummary[] }>('/api/chats', { signal })).items,
    staleTime: Infinity,
  });
}
