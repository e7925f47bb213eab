import { useQuery } from '@tanstack/react-query';
import type { WidgetConfig } from '@shared/schemas/chat';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { widgetRequest } from '../api/widget-http';

/** Topics (each with its availability now) and the size limits. */
export function useWidgetConfig() {
  return useQuery({
    queryKey: widgetQueryKeys.config,
    queryFn: () => widgetRequest<WidgetConfig>('GET', '/api/widget/config'),
    staleTime: 60_000,
  });
}
