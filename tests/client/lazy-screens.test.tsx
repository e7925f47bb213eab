import { screen, within } from '@testing-library/react';
import { buildAgent } from '../msw/factories';
import { createDeskBackend } from '../msw/handlers';
import { withSupervision } from '../msw/supervision-handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

// The Supervision chunk cannot be fetched: what a browser sees offline, or after a release
// replaced the hashed files since the desk was loaded.
jest.mock('../../client/src/features/supervision/SupervisionPage', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const server = startMswServer();

afterEach(() => {
  window.location.hash = '';
});

describe('a screen whose chunk cannot be loaded', () => {
  it('says so in its place, offers a reload, and leaves the rest of the desk working', async () => {
    const desk = createDeskBackend({ agent: buildAgent({ role: 'supervisor', displayName: 'Sam Supervisor' }) });
    server.use(...desk.handlers, ...withSupervision(desk, {}).handlers);
    // React reports the caught error on the console; it is the point of this test.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { user } = renderApp();
      const nav = await screen.findByRole('navigation', { name: 'Main' });
      await user.click(within(nav).getByRole('link', { name: 'Supervision' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('This screen could not be loaded. Reload the page to try again.');
      expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();

      await user.click(within(nav).getByRole('link', { name: 'Desk' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: 'Desk' })).toHaveAttribute('aria-current', 'page');
    } finally {
      consoleError.mockRestore();
    }
  });
});
