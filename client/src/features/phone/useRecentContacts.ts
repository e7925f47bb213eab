import { useQuery } from '@tanstack/react-query';
import type { ContactSummary } from '@shared/schemas/call';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

const CONTACT_LIMIT = 10;

/** The customer's last contacts on every channel, newest first (seeded by the screen pop when there is one). */
export function useRecentContacts(customerId: string) {
  return useQuery({
    queryKey: queryKeys.recentContacts(customerId),
    queryFn: async ({ signal }) =>
      (
        await http.get<{ items: ContactSummary[] }>(`/api/customers/${encodeURIComponent(customerId)}/contacts`, {
          query: { limit: CONTACT_LIMIT },
          signal,
        })
      ).items,
  });
}
