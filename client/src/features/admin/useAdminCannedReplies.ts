import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Every canned reply, retired ones too (last), as admins manage them. */
export function useAdminCannedReplies() {
  return useQuery({
    ...queries.adminCannedReplies,
  });
}
