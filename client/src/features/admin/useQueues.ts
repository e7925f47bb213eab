import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Every queue with its routing settings, by name. */
export function useQueues() {
  return useQuery({
    ...queries.adminQueues,
  });
}
