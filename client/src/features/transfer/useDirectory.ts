import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Queues and agents a contact can be transferred to. */
export function useDirectory() {
  return useQuery({
    ...queries.directory,
    staleTime: 30_000,
  });
}
