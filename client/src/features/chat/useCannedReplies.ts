import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Locale } from '@shared/schemas/common';
import { queries } from '../../api/query-keys';

/** Ready-made answers in my language, filtered by what I type; a person still sends them. */
export function useCannedReplies(term: string, locale: Locale, enabled: boolean) {
  return useQuery({
    ...queries.cannedReplies(term, locale),
    enabled,
    // The list stays while the next search runs, instead of flashing "Loading".
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
