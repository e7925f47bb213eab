import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** How often the list is read again while it is on screen. */
export const ATTENTION_REFETCH_MS = 30_000;

/** Open cases overdue, owned by no person or without a due time, in the server's order (field note 4). */
export function useCasesNeedingAttention() {
  return useQuery({
    ...queries.casesNeedingAttention,
    refetchInterval: ATTENTION_REFETCH_MS,
    // Back at the screen, the supervisor sees the list as it is now, not as it was 30 s ago.
    refetchOnWindowFocus: 'always',
  });
}
