import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCustomerRequest } from '@shared/schemas/customer';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

/** Creates a customer (from an unknown caller's card); the new record is cached for the card to open. */
export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateCustomerRequest) =>
      (await callApi(api.customers.create, { body: request })).customer,
    onSuccess: (customer) => queryClient.setQueryData(queryKeys.customer(customer.id), customer),
  });
}
