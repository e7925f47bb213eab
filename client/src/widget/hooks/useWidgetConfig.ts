import { useQuery } from '@tanstack/react-query';
import { widgetRoutes } from '@shared/contract/widget.contract';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { callWidgetApi } from '../api/widget-http';

/** Topics (each with its availability now) and the size limits. */
export function useWidgetConfig() {
  return useQuery({
    queryKey: widgetQueryKeys.config,
    queryFn: () => callWidgetApi(widgetRoutes.config, {}),
    staleTime: 60_000,
  });
}
