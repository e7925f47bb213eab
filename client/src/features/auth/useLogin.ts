import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@shared/schemas/agent';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { rememberSignedInAgent } from './session-cache';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => callApi(api.auth.login, { body: credentials }),
    onSuccess: ({ agent }) => rememberSignedInAgent(queryClient, agent),
  });
}
