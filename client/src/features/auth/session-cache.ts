import type { QueryClient } from '@tanstack/react-query';
import type { Agent } from '@shared/schemas/agent';
import { queryKeys } from '../../api/query-keys';

export function rememberSignedInAgent(queryClient: QueryClient, agent: Agent): void {
  queryClient.setQueryData(queryKeys.me, agent);
}

/** Signed out (by choice, by another tab, or by the server): nothing of the last session stays cached. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(queryKeys.me, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
