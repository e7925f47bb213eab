import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Missed inbound calls nobody has dealt with yet, newest first; pushes add and remove them. */
export function useMissedCalls() {
  return useQuery({
    ...queries.missedCalls,
    staleTime: Infinity,
  });
}
