import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { buildAgent } from '../msw/factories';
import { apiError, createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

const server = startMswServer();

describe('presence', () => {
  it('changes presence through PUT /api/me/presence', async () => {
    const backend = createDeskBackend({ agent: buildAgent({ presence: 'available' }) });
    server.use(...backend.handlers);
    const { user } = renderApp();

    const presence = await screen.findByRole('combobox', { name: 'Presence' });
    expect(
      within(presence)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Available', 'Away', 'Offline']);
    await user.selectOptions(presence, 'Away');

    expect(await screen.findByRole('combobox', { name: 'Presence' })).toHaveDisplayValue('Away');
    const puts = backend.state.requests.filter((r) => r.method === 'PUT' && r.path === '/api/me/presence');
    expect(puts.map((r) => r.body)).toEqual([{ presence: 'away' }]);
  });

  it('shows a presence set by the system as current but not choosable', async () => {
    server.use(...createDeskBackend({ agent: buildAgent({ presence: 'wrap_up' }) }).handlers);
    renderApp();

    const presence = await screen.findByRole('combobox', { name: 'Presence' });
    expect(presence).toHaveDisplayValue('Wrap-up');
    expect(within(presence).getByRole('option', { name: 'Wrap-up' })).toBeDisabled();
  });

  it('follows presence changes pushed by the server, ignoring stale ones', async () => {
    const agent = buildAgent({ presence: 'available', presenceChangedAt: '2026-11-22T08:00:00.000Z' });
    server.use(...createDeskBackend({ agent }).handlers);
    const { socket } = renderApp();
    const presence = await screen.findByRole('combobox', { name: 'Presence' });

    const busy = { ...agent, presence: 'busy' as const, presenceChangedAt: '2026-11-22T08:05:00.000Z' };
    socket.push('agent.presenceChanged', {
      agentId: agent.id,
      presence: 'busy',
      presenceChangedAt: busy.presenceChangedAt,
      agent: busy,
    });
    const stale = { ...agent, presence: 'away' as const, presenceChangedAt: '2026-11-22T08:01:00.000Z' };
    socket.push('agent.presenceChanged', {
      agentId: agent.id,
      presence: 'away',
      presenceChangedAt: stale.presenceChangedAt,
      agent: stale,
    });

    expect(await screen.findByRole('option', { name: 'Busy' })).toBeDisabled();
    expect(presence).toHaveDisplayValue('Busy');
  });

  it('says when the change failed', async () => {
    server.use(...createDeskBackend().handlers);
    server.use(http.put('*/api/me/presence', () => apiError('internal')));
    const { user } = renderApp();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Presence' }), 'Offline');

    expect(await screen.findByRole('alert')).toHaveTextContent('Presence not changed.');
    expect(screen.getByRole('combobox', { name: 'Presence' })).toHaveDisplayValue('Available');
  });
});

describe('language', () => {
  it('switches the desk to French and saves the choice on the agent', async () => {
    const backend = createDeskBackend();
    server.use(...backend.handlers);
    const { user } = renderApp();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Français');

    expect(await screen.findByRole('searchbox', { name: 'Rechercher des clients' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Présence' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(backend.state.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ locale: 'fr' }]);
  });

  it('opens in the language saved on the agent', async () => {
    server.use(...createDeskBackend({ agent: buildAgent({ locale: 'fr' }) }).handlers);
    renderApp();

    expect(await screen.findByRole('searchbox', { name: 'Rechercher des clients' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });

  it('remembers a choice made before signing in, without calling the server', async () => {
    const backend = createDeskBackend({ signedIn: false });
    server.use(...backend.handlers);
    const { user } = renderApp();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'fr');

    expect(await screen.findByLabelText('Mot de passe')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
    expect(window.localStorage.getItem('omnidesk.locale')).toBe('fr');
    expect(backend.state.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('follows a French browser when nothing was chosen', async () => {
    const languages = jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['fr-BE', 'en']);
    try {
      server.use(...createDeskBackend({ signedIn: false }).handlers);
      renderApp();

      expect(await screen.findByLabelText('Mot de passe')).toBeInTheDocument();
      expect(document.documentElement).toHaveAttribute('lang', 'fr');
    } finally {
      languages.mockRestore();
    }
  });
});

describe('connection indicator', () => {
  it('shows live, then reconnecting when the connection drops', async () => {
    server.use(...createDeskBackend().handlers);
    const { socket } = renderApp();

    expect(await screen.findByText('Live')).toBeInTheDocument();
    socket.drop();
    expect(await screen.findByText('Reconnecting…')).toBeInTheDocument();
    socket.reconnect();
    expect(await screen.findByText('Live')).toBeInTheDocument();
  });
});
