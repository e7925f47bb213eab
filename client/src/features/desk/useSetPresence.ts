import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SelectablePresence } from '@shared/schemas/agent';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { rememberSignedInAgent } from '../auth';

export function useSetPresence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (presence: SelectablePresence) => callApi(api.me.setPresence, { body: { presence } }),
    onSuccess: ({ agent }) => rememberSignedInAgent(queryClient, agent),
  });
}
