import { useMutationState } from '@tanstack/react-query';
import type { ApiRequestError } from '../../api/http';
import { sendChatMessageKey, type SendChatMessageVariables } from './useSendChatMessage';

export interface PendingChatMessage {
  variables: SendChatMessageVariables;
  state: 'sending' | 'failed';
  error: unknown;
  sentAt: number;
}

/** My replies the server has not stored yet: sending, or refused (one line per clientMessageId, the latest try). */
export function usePendingChatMessages(chatId: string, storedClientIds: ReadonlySet<string>): PendingChatMessage[] {
  const attempts = useMutationState({
    filters: { mutationKey: sendChatMessageKey(chatId) },
    select: (mutation) => ({
      variables: mutation.state.variables as SendChatMessageVariables | undefined,
      status: mutation.state.status,
      error: mutation.state.error as ApiRequestError | null,
      submittedAt: mutation.state.submittedAt,
    }),
  });
  const latest = new Map<string, PendingChatMessage>();
  for (const attempt of attempts) {
    if (!attempt.variables || storedClientIds.has(attempt.variables.clientMessageId)) continue;
    if (attempt.status === 'success') {
      latest.delete(attempt.variables.clientMessageId);
      continue;
    }
    if (attempt.status !== 'pending' && attempt.status !== 'error') continue;
    latest.set(attempt.variables.clientMessageId, {
      variables: attempt.variables,
      state: attempt.status === 'pending' ? 'sending' : 'failed',
      error: attempt.error,
      sentAt: attempt.submittedAt,
    });
  }
  return [...latest.values()];
}
