import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** The customer's last contacts on every channel, newest first (seeded by the screen pop when there is one). */
export function useRecentContacts(customerId: string) {
  return useQuery({
    ...queries.recentContacts(customerId),
  });
}
