import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { buildAgent } from '../msw/factories';
import { apiError, createDeskBackend, TEST_PASSWORD } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

const server = startMswServer();

async function signIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('signs in and shows the desk with the agent’s name and role', async () => {
    const agent = buildAgent({ displayName: 'Camille Laurent', role: 'specialist' });
    const backend = createDeskBackend({ agent, signedIn: false });
    server.use(...backend.handlers);
    const { user } = renderApp();

    await signIn(user, agent.email, TEST_PASSWORD);

    expect(await screen.findByRole('searchbox', { name: 'Search customers' })).toBeInTheDocument();
    expect(screen.getByText('Camille Laurent')).toBeInTheDocument();
    expect(screen.getByText('Specialist')).toBeInTheDocument();
    expect(backend.state.requests.find((r) => r.path === '/api/auth/login')?.body).toEqual({
      email: agent.email,
      password: TEST_PASSWORD,
    });
  });

  it('says "Wrong email or password" when the server refuses the credentials', async () => {
    const backend = createDeskBackend({ signedIn: false });
    server.use(...backend.handlers);
    const { user } = renderApp();

    await signIn(user, backend.state.agent.email, 'not the password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
  });

  it('shows which field the server found invalid', async () => {
    server.use(...createDeskBackend({ signedIn: false }).handlers);
    server.use(
      http.post('*/api/auth/login', () =>
        apiError('invalid_input', [{ path: 'email', message: 'Invalid email address' }]),
      ),
    );
    const { user } = renderApp();

    await signIn(user, 'someone@somewhere', 'secret');

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields are not valid.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
  });

  it('asks for both fields before calling the server', async () => {
    const backend = createDeskBackend({ signedIn: false });
    server.use(...backend.handlers);
    const { user } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(backend.state.requests.some((r) => r.path === '/api/auth/login')).toBe(false);
  });

  it('explains a network failure', async () => {
    server.use(...createDeskBackend({ signedIn: false }).handlers);
    server.use(http.post('*/api/auth/login', () => HttpResponse.error()));
    const { user } = renderApp();

    await signIn(user, 'camille.laurent@example.test', 'secret');

    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
  });

  it('opens straight on the desk when the session is still valid', async () => {
    server.use(...createDeskBackend({ signedIn: true }).handlers);
    renderApp();

    expect(await screen.findByRole('searchbox', { name: 'Search customers' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});

describe('signing out', () => {
  it('signs out, closes the socket and forgets what was on screen', async () => {
    const backend = createDeskBackend({ signedIn: true });
    server.use(...backend.handlers);
    const { user, socket, queryClient } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(backend.state.requests.some((r) => r.method === 'POST' && r.path === '/api/auth/logout')).toBe(true);
    expect(socket.connected).toBe(false);
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([['me']]);
  });

  it('goes back to the sign-in page when a request finds the session expired', async () => {
    const backend = createDeskBackend({ signedIn: true });
    server.use(...backend.handlers);
    const { user } = renderApp();
    const search = await screen.findByRole('searchbox', { name: 'Search customers' });

    backend.state.signedIn = false;
    await user.type(search, 'Dupin');

    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
  });

  it('goes back to the sign-in page when the socket is refused for an expired session', async () => {
    const backend = createDeskBackend({ signedIn: true });
    server.use(...backend.handlers);
    const { socket } = renderApp();
    await screen.findByRole('searchbox', { name: 'Search customers' });

    backend.state.signedIn = false;
    socket.refuse();

    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
  });

  it('goes back to the sign-in page when the server ends the session', async () => {
    server.use(...createDeskBackend({ signedIn: true }).handlers);
    const { socket } = renderApp();
    await screen.findByRole('searchbox', { name: 'Search customers' });

    socket.push('session.ended');

    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
  });
});
