import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '@shared/errors';
import type { VisitorConversation } from '@shared/schemas/chat';
import { applyConversationUpdate } from '../session/conversation-cache';
import { useVisitorSession } from '../session/visitor-session-context';

/** The visitor ends the chat; the end screen follows. */
export function useEndChat() {
  const queryClient = useQueryClient();
  const { socket } = useVisitorSession();
  return useMutation({
    mutationFn: () =>
      new Promise<Omit<VisitorConversation, 'messages'>>((resolve, reject: (error: ApiError) => void) => {
        if (!socket?.connected)
          return reject({ code: 'unavailable', reason: 'service_unavailable', message: 'not connected' });
        socket.emit('chat.end', {}, (result) => (result.ok ? resolve(result.data) : reject(result.error)));
      }),
    onSuccess: (conversation) => applyConversationUpdate(queryClient, conversation),
  });
}
