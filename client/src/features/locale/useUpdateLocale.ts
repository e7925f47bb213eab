import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@shared/schemas/common';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { rememberSignedInAgent } from '../auth';

/** Saves the agent's language on their profile, so it follows them to any workstation. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale | null) => callApi(api.me.update, { body: { locale } }),
    onSuccess: ({ agent }) => rememberSignedInAgent(queryClient, agent),
  });
}
