import type { ResponseOf } from '@shared/contract/route';
import { widgetRoutes } from '@shared/contract/widget.contract';
import { keyOf, routeKey } from '../../api/call-api';

/** Every server-state key of the chat page, from the contract's widget routes (typed by their answers). */
export const widgetQueryKeys = {
  config: keyOf<ResponseOf<typeof widgetRoutes.config>>(routeKey(widgetRoutes.config)),
  /** Read with the visitor's token, then patched by pushes. */
  conversation: keyOf<ResponseOf<typeof widgetRoutes.conversation>>(routeKey(widgetRoutes.conversation)),
};
