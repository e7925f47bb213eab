import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../client/src/app/App';
import { createQueryClient } from '../../../client/src/app/query-client';
import { FakeSocket } from './fake-socket';

/** The whole client as the browser runs it, with a fake socket and no retries. */
export function renderApp({ socket = new FakeSocket() }: { socket?: FakeSocket } = {}) {
  const queryClient = createQueryClient({ retryFailedQueries: false });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} socketFactory={socket.factory} />);
  return { ...view, user, socket, queryClient };
}
