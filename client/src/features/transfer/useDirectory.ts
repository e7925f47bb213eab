import { useQuery } from '@tanstack/react-query';
import type { Directory } from '@shared/schemas/transfer';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Queues and agents a contact can be transferred to. */
export function useDirectory() {
  return useQuery({
    queryKey: queryKeys.directory,
    queryFn: ({ signal }) => http.get<Directory>('/api/directory', { signal }),
    staleTime: 30_000,
  });
}
