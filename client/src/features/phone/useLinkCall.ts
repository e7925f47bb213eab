import type { LinkCallRequest } from '@shared/schemas/call';
import { useCallMutation } from './useCallMutation';

/** Ties the call to the customer the agent recognised (or just created). */
export function useLinkCall() {
  return useCallMutation<LinkCallRequest>('link', ({ customerId }) => ({ customerId }));
}
