import { useMutation } from '@tanstack/react-query';
import type { StartChatRequest, StartChatResponse } from '@shared/schemas/chat';
import { widgetRequest } from '../api/widget-http';
import { useVisitorSession } from '../session/visitor-session-context';

/** The pre-chat form's answer: a conversation (token kept for reloads), or why nobody can answer now. */
export function useStartChat() {
  const session = useVisitorSession();
  return useMutation({
    mutationFn: (request: StartChatRequest) => widgetRequest<StartChatResponse>('POST', '/api/widget/conversations', { body: request }),
    onSuccess: (response) => {
      if (response.kind === 'started') session.begin(response.visitorToken, response.conversation);
    },
  });
}
