import { useInfiniteQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/schemas/limits';
import type { TimelinePage } from '@shared/schemas/timeline';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useTimeline(customerId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.timeline(customerId),
    queryFn: ({ pageParam, signal }) =>
      http.get<TimelinePage>(`/api/customers/${encodeURIComponent(customerId)}/timeline`, {
        query: { limit: LIMITS.pageSizeDefault, cursor: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Pushes keep it current and a reconnect resynchronises it; refetching every loaded page on
    // each window focus would cost far more than it brings.
    staleTime: Infinity,
  });
}
