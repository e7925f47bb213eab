import { api } from '@shared/contract';
import type { WrapUpRequest } from '@shared/schemas/call';
import { useCallMutation } from './useCallMutation';

/** Ends the wrap-up with its disposition: the call leaves the desk and the agent is available again. */
export function useWrapUp() {
  return useCallMutation(api.calls.wrapUp, ({ disposition, note }: WrapUpRequest) => ({
    disposition,
    ...(note ? { note } : {}),
  }));
}
