import { useMutation, useQueryClient } from '@tanstack/react-query';
import { widgetRoutes } from '@shared/contract/widget.contract';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { callWidgetApi } from '../api/widget-http';
import { useVisitorSession } from '../session/visitor-session-context';

export function useRequestTranscript() {
  const queryClient = useQueryClient();
  const { token } = useVisitorSession();
  return useMutation({
    mutationFn: (email: string) => callWidgetApi(widgetRoutes.transcript, { body: { email } }, { token }),
    onSuccess: () =>
      queryClient.setQueryData(widgetQueryKeys.conversation, (conversation) =>
        conversation ? { ...conversation, transcriptRequested: true } : conversation,
      ),
  });
}
