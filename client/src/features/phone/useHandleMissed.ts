import { api } from '@shared/contract';
import type { HandleMissedRequest } from '@shared/schemas/call';
import { useCallMutation } from './useCallMutation';

/** Someone dealt with a missed call: it leaves everyone's list. */
export function useHandleMissed() {
  return useCallMutation(api.calls.handleMissed, ({ note }: HandleMissedRequest) => (note ? { note } : {}));
}
