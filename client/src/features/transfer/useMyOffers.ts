import { useQuery } from '@tanstack/react-query';
import type { Offer } from '@shared/schemas/transfer';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Contacts offered to me: read on load and after a reconnect, then kept by pushes. */
export function useMyOffers() {
  return useQuery({
    queryKey: queryKeys.myOffers,
    queryFn: async ({ signal }) => (await http.get<{ items: Offer[] }>('/api/offers/mine', { signal })).items,
    staleTime: Infinity,
  });
}
