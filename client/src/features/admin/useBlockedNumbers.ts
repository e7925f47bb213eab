import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Callers the desk never offers: their calls are dropped at the webhook. */
export function useBlockedNumbers() {
  return useQuery({
    ...queries.adminBlockedNumbers,
  });
}
