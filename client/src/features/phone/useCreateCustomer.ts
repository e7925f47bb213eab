import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCustomerRequest, Customer } from '@shared/schemas/customer';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Creates a customer (from an unknown caller's card); the new record is cached for the card to open. */
export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateCustomerRequest) =>
      (await http.post<{ customer: Customer }>('/api/customers', request)).customer,
    onSuccess: (customer) => queryClient.setQueryData(queryKeys.customer(customer.id), customer),
  });
}
