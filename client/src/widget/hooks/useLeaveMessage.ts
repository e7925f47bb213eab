import { useMutation } from '@tanstack/react-query';
import type { AlternativeResponse, LeaveMessageRequest } from '@shared/schemas/chat';
import { widgetRequest } from '../api/widget-http';

/** Instead of waiting: a message, answered later (it lands on the customer's timeline). */
export function useLeaveMessage() {
  return useMutation({
    mutationFn: (request: LeaveMessageRequest) => widgetRequest<AlternativeResponse>('POST', '/api/widget/messages', { body: request }),
  });
}
