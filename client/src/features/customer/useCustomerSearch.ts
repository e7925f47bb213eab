import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

export function customerSearchQuery(term: string) {
  return queries.customerSearch(term);
}

/** Searches once `term` is not empty; keeps the previous results on screen while typing on. */
export function useCustomerSearch(term: string) {
  return useQuery({ ...customerSearchQuery(term), enabled: term !== '', placeholderData: keepPreviousData });
}
