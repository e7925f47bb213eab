import { useQuery } from '@tanstack/react-query';
import type { CannedReplyAdminView } from '@shared/schemas/admin-canned-replies';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Every canned reply, retired ones too (last), as admins manage them. */
export function useAdminCannedReplies() {
  return useQuery({
    queryKey: queryKeys.adminCannedReplies,
    queryFn: async ({ signal }) => (await http.get<{ items: CannedReplyAdminView[] }>('/api/admin/canned-replies', { signal })).items,
  });
}
