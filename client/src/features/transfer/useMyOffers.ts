import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Contacts offered to me: read on load and after a reconnect, then kept by pushes. */
export function useMyOffers() {
  return useQuery({
    ...queries.myOffers,
    staleTime: Infinity,
  });
}
