import { useMutation } from '@tanstack/react-query';
import { widgetRoutes } from '@shared/contract/widget.contract';
import type { LeaveMessageRequest } from '@shared/schemas/chat';
import { callWidgetApi } from '../api/widget-http';

/** Instead of waiting: a message, answered later (it lands on the customer's timeline). */
export function useLeaveMessage() {
  return useMutation({
    mutationFn: (request: LeaveMessageRequest) => callWidgetApi(widgetRoutes.leaveMessage, { body: request }),
  });
}
