import { act, screen, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../client/src/api/query-keys';

/** The desk has read my live calls: pushes from now on are not overtaken by that first read. */
export async function waitForDesk(queryClient: QueryClient): Promise<void> {
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(queryClient.getQueryState(queryKeys.myCalls)?.status).toBe('success'));
  await waitFor(() => expect(queryClient.getQueryState(queryKeys.missedCalls)?.status).toBe('success'));
}

/** The panel of the call that rings (or is under way) on this desk. */
export function incomingCall(name = 'Incoming call'): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

/** `seconds` ago, as the server would stamp it. */
export function secondsAgo(seconds: number): string {
  return new Date(Date.now() - seconds * 1000).toISOString();
}

/** Lets the query cache tell the screens about a push (it notifies on the next tick). */
export async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}
