import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { api, RouteInput } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { useMe } from '../auth';
import { applyCallUpdate } from './call-cache';

type CallAction = typeof api.calls.wrapUp | typeof api.calls.link | typeof api.calls.handleMissed;

/**
 * POST to one call's action; the answer is the changed call, patched into the cache like a push
 * (whichever comes second is dropped by its version).
 */
export function useCallMutation<R extends CallAction, Variables>(
  route: R,
  bodyOf: (variables: Variables) => RouteInput<R>['body'],
) {
  const queryClient = useQueryClient();
  const agentId = useMe().data?.id ?? '';
  return useMutation({
    mutationFn: async ({ callId, ...variables }: Variables & { callId: string }) =>
      (
        await callApi<CallAction>(route, {
          params: { id: callId },
          body: bodyOf(variables as Variables),
        } as unknown as RouteInput<CallAction>)
      ).call,
    onSuccess: (call) => applyCallUpdate(queryClient, call, agentId),
  });
}
