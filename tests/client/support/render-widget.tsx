import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { WidgetApp } from '../../../client/src/widget/WidgetApp';
import type { WidgetLocale } from '../../../client/src/widget/i18n/widget-translate';
import { FakeVisitorSocket } from './fake-visitor-socket';

/** The customer chat page as a browser runs it, with a fake visitor socket and no retries. */
export function renderWidget({
  socket = new FakeVisitorSocket(),
  locale = 'en',
  presetTopicId = null,
}: {
  socket?: FakeVisitorSocket;
  locale?: WidgetLocale;
  presetTopicId?: string | null;
} = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <WidgetApp
      queryClient={queryClient}
      socketFactory={socket.factory}
      locale={locale}
      presetTopicId={presetTopicId}
      embedded={false}
    />,
  );
  return { ...view, user, socket, queryClient };
}
