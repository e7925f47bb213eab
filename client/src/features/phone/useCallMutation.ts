import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallView } from '@shared/schemas/call';
import { http } from '../../api/http';
import { useMe } from '../auth';
import { applyCallUpdate } from './call-cache';

/**
 * POST to one call's action; the answer is the changed call, patched into the cache like a push
 * (whichever comes second is dropped by its version).
 */
export function useCallMutation<Variables>(action: string, bodyOf: (variables: Variables) => unknown) {
  const queryClient = useQueryClient();
  const agentId = useMe().data?.id ?? '';
  return useMutation({
    mutationFn: async ({ callId, ...variables }: Variables & { callId: string }) =>
      (await http.post<{ call: CallView }>(`/api/calls/${encodeURIComponent(callId)}/${action}`, bodyOf(variables as Variables)))
        .call,
    onSuccess: (call) => applyCallUpdate(queryClient, call, agentId),
  });
}
