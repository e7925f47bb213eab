import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/http';
import { forgetSession } from '../features/auth';

function sessionLost(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === 'unauthenticated';
}

/** Client errors (4xx) will not fix themselves; network and server failures may. */
function retryTransientFailures(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status < 500) return false;
  return failureCount < 2;
}

export interface QueryClientOptions {
  /** Tests turn retries off to see failures at once. */
  retryFailedQueries?: boolean;
}

export function createQueryClient({ retryFailedQueries = true }: QueryClientOptions = {}): QueryClient {
  // Any request answered "unauthenticated" means the session ended: back to the sign-in page.
  const onError = (error: unknown) => {
    if (sessionLost(error)) forgetSession(queryClient);
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: retryFailedQueries ? retryTransientFailures : false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
