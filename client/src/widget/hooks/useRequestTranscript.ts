import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TranscriptResponse, VisitorConversation } from '@shared/schemas/chat';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { widgetRequest } from '../api/widget-http';
import { useVisitorSession } from '../session/visitor-session-context';

export function useRequestTranscript() {
  const queryClient = useQueryClient();
  const { token } = useVisitorSession();
  return useMutation({
    mutationFn: (email: string) => widgetRequest<TranscriptResponse>('POST', '/api/widget/conversation/transcript', { token, body: { email } }),
    onSuccess: () =>
      queryClient.setQueryData<VisitorConversation | null>(widgetQueryKeys.conversation, (conversation) =>
        conversation ? { ...conversation, transcriptRequested: true } : conversation,
      ),
  });
}
