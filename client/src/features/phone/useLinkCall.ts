import { api } from '@shared/contract';
import type { LinkCallRequest } from '@shared/schemas/call';
import { useCallMutation } from './useCallMutation';

/** Ties the call to the customer the agent recognised (or just created). */
export function useLinkCall() {
  return useCallMutation(api.calls.link, ({ customerId }: LinkCallRequest) => ({ customerId }));
}
