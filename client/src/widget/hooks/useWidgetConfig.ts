import { useQuery } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { callWidgetApi } from '../api/widget-http';

/** Topics (each with its availability now) and the size limits. */
export function useWidgetConfig() {
  return useQuery({
    queryKey: widgetQueryKeys.config,
    queryFn: () => callWidgetApi(api.widget.config, {}),
    staleTime: 60_000,
  });
}
