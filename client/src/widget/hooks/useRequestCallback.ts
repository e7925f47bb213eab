import { useMutation } from '@tanstack/react-query';
import { widgetRoutes } from '@shared/contract/widget.contract';
import type { CallbackRequest } from '@shared/schemas/chat';
import { callWidgetApi } from '../api/widget-http';

/** Instead of waiting: be called back, when it suits. */
export function useRequestCallback() {
  return useMutation({
    mutationFn: (request: CallbackRequest) => callWidgetApi(widgetRoutes.requestCallback, { body: request }),
  });
}
