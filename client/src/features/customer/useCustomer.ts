import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

export function useCustomer(customerId: string) {
  return useQuery(queries.customer(customerId));
}
