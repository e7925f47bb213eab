import { useQuery } from '@tanstack/react-query';
import type { VisitorConversation } from '@shared/schemas/chat';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { widgetRequest } from '../api/widget-http';

/** The whole conversation, read on load and after each reconnect; pushes keep it current between. */
export function useVisitorConversation(token: string | null) {
  return useQuery({
    queryKey: widgetQueryKeys.conversation,
    queryFn: () => widgetRequest<VisitorConversation>('GET', '/api/widget/conversation', { token }),
    enabled: token !== null,
    staleTime: Infinity,
  });
}
