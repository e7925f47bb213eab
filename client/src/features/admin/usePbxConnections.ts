import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** Every PBX allowed (or once allowed) to send call events, revoked ones included. */
export function usePbxConnections() {
  return useQuery({
    ...queries.adminPbx,
  });
}
