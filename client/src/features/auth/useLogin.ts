import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, MeResponse } from '@shared/schemas/agent';
import { http } from '../../api/http';
import { rememberSignedInAgent } from './session-cache';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => http.post<MeResponse>('/api/auth/login', credentials),
    onSuccess: ({ agent }) => rememberSignedInAgent(queryClient, agent),
  });
}
