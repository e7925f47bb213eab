import { useInfiniteQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

export function useTimeline(customerId: string) {
  return useInfiniteQuery({
    ...queries.timeline(customerId),
    // Pushes keep it current and a reconnect resynchronises it; refetching every loaded page on
    // each window focus would cost far more than it brings.
    staleTime: Infinity,
  });
}
