import { api, type ResponseOf } from '@shared/contract';
import { keyOf, routeKey } from '../../api/call-api';

/** Every server-state key of the chat page, from the contract's widget routes (typed by their answers). */
export const widgetQueryKeys = {
  config: keyOf<ResponseOf<typeof api.widget.config>>(routeKey(api.widget.config)),
  /** Read with the visitor's token, then patched by pushes. */
  conversation: keyOf<ResponseOf<typeof api.widget.conversation>>(routeKey(api.widget.conversation)),
};
