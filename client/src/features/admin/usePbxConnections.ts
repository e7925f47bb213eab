import { useQuery } from '@tanstack/react-query';
import type { PbxSummary } from '@shared/schemas/admin-telephony';
import { http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** Every PBX allowed (or once allowed) to send call events, revoked ones included. */
export function usePbxConnections() {
  return useQuery({
    queryKey: queryKeys.adminPbx,
    queryFn: async ({ signal }) => (await http.get<{ items: PbxSummary[] }>('/api/admin/pbx', { signal })).items,
  });
}
