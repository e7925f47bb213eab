import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeResponse, UpdateMeRequest } from '@shared/schemas/agent';
import type { Locale } from '@shared/schemas/common';
import { http } from '../../api/http';
import { rememberSignedInAgent } from '../auth';

/** Saves the agent's language on their profile, so it follows them to any workstation. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale | null) => http.patch<MeResponse>('/api/me', { locale } satisfies UpdateMeRequest),
    onSuccess: ({ agent }) => rememberSignedInAgent(queryClient, agent),
  });
}
