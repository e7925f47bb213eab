import type { HandleMissedRequest } from '@shared/schemas/call';
import { useCallMutation } from './useCallMutation';

/** Someone dealt with a missed call: it leaves everyone's list. */
export function useHandleMissed() {
  return useCallMutation<HandleMissedRequest>('handle-missed', ({ note }) => (note ? { note } : {}));
}
