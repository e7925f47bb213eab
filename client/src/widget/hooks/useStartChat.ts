import { useMutation } from '@tanstack/react-query';
import { widgetRoutes } from '@shared/contract/widget.contract';
import type { StartChatRequest } from '@shared/schemas/chat';
import { callWidgetApi } from '../api/widget-http';
import { useVisitorSession } from '../session/visitor-session-context';

/** The pre-chat form's answer: a conversation (token kept for reloads), or why nobody can answer now. */
export function useStartChat() {
  const session = useVisitorSession();
  return useMutation({
    mutationFn: (request: StartChatRequest) => callWidgetApi(widgetRoutes.start, { body: request }),
    onSuccess: (response) => {
      if (response.kind === 'started') session.begin(response.visitorToken, response.conversation);
    },
  });
}
