import { useQuery } from '@tanstack/react-query';
import { widgetRoutes } from '@shared/contract/widget.contract';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { callWidgetApi } from '../api/widget-http';

/** The whole conversation, read on load and after each reconnect; pushes keep it current between. */
export function useVisitorConversation(token: string | null) {
  return useQuery({
    queryKey: widgetQueryKeys.conversation,
    queryFn: () => callWidgetApi(widgetRoutes.conversation, {}, { token }),
    enabled: token !== null,
    staleTime: Infinity,
  });
}
