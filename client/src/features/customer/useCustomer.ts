import { useQuery } from '@tanstack/react-query';
import type { CustomerResponse } from '@shared/schemas/customer';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

export function useCustomer(customerId: string) {
  return useQuery({
    queryKey: queryKeys.customer(customerId),
    queryFn: async ({ signal }) =>
      (await http.get<CustomerResponse>(`/api/customers/${encodeURIComponent(customerId)}`, { signal })).customer,
  });
}
