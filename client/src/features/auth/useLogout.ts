import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { ApiRequestError } from '../../api/http';
import { forgetSession } from './session-cache';

async function logout(): Promise<void> {
  try {
    await callApi(api.auth.logout, {});
  } catch (error) {
    // Already signed out on the server: the goal is reached.
    if (!(error instanceof ApiRequestError && error.status === 401)) throw error;
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logout, onSuccess: () => forgetSession(queryClient) });
}
