import { useQuery } from '@tanstack/react-query';
import type { Agent, MeResponse } from '@shared/schemas/agent';
import { ApiRequestError, http } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/** The signed-in agent, or null when signed out (a 401 here is an answer, not a failure). */
async function fetchMe(): Promise<Agent | null> {
  try {
    return (await http.get<MeResponse>('/api/me')).agent;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
}
