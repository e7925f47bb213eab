import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, http } from '../../api/http';
import { forgetSession } from './session-cache';

async function logout(): Promise<void> {
  try {
    await http.post<null>('/api/auth/logout');
  } catch (error) {
    // Already signed out on the server: the goal is reached.
    if (!(error instanceof ApiRequestError && error.status === 401)) throw error;
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logout, onSuccess: () => forgetSession(queryClient) });
}
