import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerSearchResponse } from '@shared/schemas/customer';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

const RESULT_LIMIT = 20;

export function customerSearchQuery(term: string) {
  return queryOptions({
    queryKey: queryKeys.customerSearch(term),
    queryFn: ({ signal }) =>
      http.get<CustomerSearchResponse>('/api/customers', { query: { q: term, limit: RESULT_LIMIT }, signal }),
  });
}

/** Searches once `term` is not empty; keeps the previous results on screen while typing on. */
export function useCustomerSearch(term: string) {
  return useQuery({ ...customerSearchQuery(term), enabled: term !== '', placeholderData: keepPreviousData });
}
