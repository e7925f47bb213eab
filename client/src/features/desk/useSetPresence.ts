import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeResponse, SelectablePresence, SetPresenceRequest } from '@shared/schemas/agent';
import { http } from '../../api/http';
import { rememberSignedInAgent } from '../auth';

export function useSetPresence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (presence: SelectablePresence) =>
      http.put<MeResponse>('/api/me/presence', { presence } satisfies SetPresenceRequest),
    onSuccess: ({ agent }) => rememberSignedInAgent(queryClient, agent),
  });
}
