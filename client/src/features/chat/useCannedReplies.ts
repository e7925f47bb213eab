import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CannedReply } from '@shared/schemas/chat';
import type { Locale } from '@shared/schemas/common';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Ready-made answers in my language, filtered by what I type; a person still sends them. */
export function useCannedReplies(term: string, locale: Locale, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.cannedReplies(term, locale),
    queryFn: async ({ signal }) => (await http.get<{ items: CannedReply[] }>('/api/chats/canned-replies', { query: { q: term || undefined, locale }, signal })).items,
    enabled,
    // The list stays while the next search runs, instead of flashing "Loading".
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
