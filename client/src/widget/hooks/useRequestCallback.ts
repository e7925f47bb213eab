import { useMutation } from '@tanstack/react-query';
import type { AlternativeResponse, CallbackRequest } from '@shared/schemas/chat';
import { widgetRequest } from '../api/widget-http';

/** Instead of waiting: be called back, when it suits. */
export function useRequestCallback() {
  return useMutation({
    mutationFn: (request: CallbackRequest) => widgetRequest<AlternativeResponse>('POST', '/api/widget/callbacks', { body: request }),
  });
}
