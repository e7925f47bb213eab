import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { buildAgent, buildCallPop, buildCallView, buildContactSummary, buildCustomer } from '../msw/factories';
import { apiError, createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { incomingCall, secondsAgo, settle, waitForDesk } from './support/phone';
import { renderApp } from './support/render-app';

const server = startMswServer();

describe('a call on the desk', () => {
  it('follows the call from ringing to on call and on hold, ignoring a stale update', async () => {
    const agent = buildAgent({ displayName: 'Camille Laurent' });
    const customer = buildCustomer();
    server.use(...createDeskBackend({ agent, customers: [customer] }).handlers);
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const pop = buildCallPop({
      customer,
      call: { ringingAgentIds: [agent.id], startedAt: secondsAgo(20), version: 1 },
    });
    socket.push('call.ringing', pop);
    const call = await incomingCall();

    const me = { id: agent.id, name: agent.displayName };
    socket.push('call.updated', { ...pop.call, state: 'active', agent: me, answeredAt: secondsAgo(5), version: 2 });
    expect(await within(call).findByText('On call')).toBeInTheDocument();
    expect(within(call).getByText('Answered by Camille Laurent')).toBeInTheDocument();
    expect(within(call).getByText(/^Talk time \d s$/)).toBeInTheDocument();

    const held = {
      ...pop.call,
      state: 'held' as const,
      agent: me,
      answeredAt: secondsAgo(5),
      heldSince: secondsAgo(2),
      version: 4,
    };
    socket.push('call.updated', held);
    expect(await within(call).findByText('On hold')).toBeInTheDocument();
    expect(within(call).getByText(/^On hold since .+ \(\d s\)$/)).toBeInTheDocument();

    // Version 3 was overtaken by version 4.
    socket.push('call.updated', { ...held, state: 'active', heldSince: null, version: 3 });
    await settle();
    expect(within(call).getByText('On hold')).toBeInTheDocument();
    expect(within(call).queryByText('On call')).not.toBeInTheDocument();
  });

  it('leaves the desk when a colleague answers the call that rang for both', async () => {
    const agent = buildAgent();
    server.use(...createDeskBackend({ agent }).handlers);
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const pop = buildCallPop({
      call: {
        ringingAgentIds: [agent.id, 'colleague'],
        party: { raw: '0612345678', e164: '+33612345678', status: 'unknown' },
      },
    });
    socket.push('call.ringing', pop);
    await incomingCall();

    socket.push('call.updated', {
      ...pop.call,
      state: 'active',
      agent: { id: 'colleague', name: 'Pieter Janssens' },
      answeredAt: secondsAgo(0),
      version: 2,
    });

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument());
  });

  it('restores live calls after a reload and reads them again after a reconnection', async () => {
    const agent = buildAgent();
    const customer = buildCustomer({ displayName: 'Jeanne Martin' });
    const active = buildCallPop({
      customer,
      call: { state: 'active', agent: { id: agent.id, name: agent.displayName }, answeredAt: secondsAgo(30) },
      recentContacts: [buildContactSummary({ agentName: 'Sofia Verhoeven' })],
    });
    const backend = createDeskBackend({ agent, customers: [customer], myCalls: [active] });
    server.use(...backend.handlers);
    const { socket } = renderApp();

    const call = await incomingCall();
    expect(within(call).getByText('On call')).toBeInTheDocument();
    expect(within(call).getByText('Handled by Sofia Verhoeven')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Jeanne Martin' })).toBeInTheDocument();

    socket.drop();
    backend.state.myCalls = []; // Ended and wrapped up elsewhere while this desk was offline.
    socket.reconnect();

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument());
    expect(backend.state.requests.filter((r) => r.path === '/api/calls/mine')).toHaveLength(2);
  });
});

describe('wrap-up', () => {
  function wrapUpDesk() {
    const agent = buildAgent();
    const customer = buildCustomer();
    const pop = buildCallPop({
      customer,
      call: {
        state: 'wrap_up',
        agent: { id: agent.id, name: agent.displayName },
        answeredAt: secondsAgo(200),
        endedAt: secondsAgo(10),
        talkSeconds: 190,
      },
    });
    const backend = createDeskBackend({ agent, customers: [customer], myCalls: [pop] });
    server.use(...backend.handlers);
    return { backend, pop, ...renderApp() };
  }

  it('posts the disposition and the note, then the call leaves the desk', async () => {
    const { backend, pop, user } = wrapUpDesk();

    const form = await screen.findByRole('form', { name: 'Wrap-up' });
    expect(within(await incomingCall()).getByText(/^Handle time so far 3 min 2\d s$/)).toBeInTheDocument();
    const disposition = within(form).getByRole('combobox', { name: 'Disposition' });
    await waitFor(() =>
      expect(
        within(disposition)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Choose…', 'Resolved', 'Callback needed']),
    );

    await user.click(within(form).getByRole('button', { name: 'Finish wrap-up' }));
    expect(disposition).toHaveAccessibleDescription('Choose a disposition.');

    await user.selectOptions(disposition, 'Callback needed');
    await user.type(
      within(form).getByRole('textbox', { name: 'Wrap-up note' }),
      'Call back Friday with the corrected bill.',
    );
    await user.click(within(form).getByRole('button', { name: 'Finish wrap-up' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument());
    const posts = backend.state.requests.filter((r) => r.path === `/api/calls/${pop.call.id}/wrap-up`);
    expect(posts.map((r) => r.body)).toEqual([
      { disposition: 'callback_needed', note: 'Call back Friday with the corrected bill.' },
    ]);
  });

  it('shows the server’s refusal on the field it concerns', async () => {
    const { user } = wrapUpDesk();
    server.use(
      http.post(
        '*/api/calls/:id/wrap-up',
        () => apiError('invalid_input', [{ path: 'disposition', message: 'retired disposition' }]),
        { once: true },
      ),
    );

    const form = await screen.findByRole('form', { name: 'Wrap-up' });
    const disposition = within(form).getByRole('combobox', { name: 'Disposition' });
    await within(disposition).findByRole('option', { name: 'Resolved' });
    await user.selectOptions(disposition, 'Resolved');
    await user.click(within(form).getByRole('button', { name: 'Finish wrap-up' }));

    await waitFor(() =>
      expect(disposition).toHaveAccessibleDescription('This disposition is not accepted. Choose another one.'),
    );
    expect(disposition).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('form', { name: 'Wrap-up' })).toBeInTheDocument();
  });
});

describe('missed calls', () => {
  it('lists missed calls with the customer when known, opens them, and marks one as dealt with', async () => {
    const customer = buildCustomer({ displayName: 'Jeanne Martin' });
    const known = buildCallView({
      state: 'missed',
      customerId: customer.id,
      startedAt: '2026-11-22T09:30:00.000Z',
      party: { raw: '01 42 68 53 00', e164: '+33142685300', status: 'known' },
    });
    const unknown = buildCallView({
      state: 'missed',
      startedAt: '2026-11-22T09:00:00.000Z',
      party: { raw: '06 12 34 56 78', e164: '+33612345678', status: 'unknown' },
    });
    const backend = createDeskBackend({ customers: [customer], missedCalls: [known, unknown] });
    server.use(...backend.handlers);
    const { user } = renderApp();

    const list = await screen.findByRole('list', { name: 'Missed calls' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(await within(first!).findByText('Jeanne Martin')).toBeInTheDocument();
    expect(first).toHaveTextContent('01 42 68 53 00');
    expect(second).toHaveTextContent('06 12 34 56 78');
    expect(within(second!).queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();

    await user.click(within(first!).getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Jeanne Martin' })).toBeInTheDocument();

    await user.click(within(second!).getByRole('button', { name: 'Mark as dealt with' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(backend.state.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([
      [`/api/calls/${unknown.id}/handle-missed`, {}],
    ]);
  });

  it('adds a call missed just now at the top and drops one a colleague dealt with', async () => {
    const older = buildCallView({
      state: 'missed',
      startedAt: '2026-11-22T09:00:00.000Z',
      party: { raw: '06 12 34 56 78', e164: '+33612345678', status: 'unknown' },
    });
    server.use(...createDeskBackend({ missedCalls: [older] }).handlers);
    const { socket } = renderApp();
    const list = await screen.findByRole('list', { name: 'Missed calls' });

    const now = buildCallView({
      state: 'missed',
      startedAt: '2026-11-22T10:00:00.000Z',
      party: { raw: '07 11 22 33 44', e164: '+33711223344', status: 'unknown' },
      version: 3,
    });
    socket.push('call.updated', now);
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('07 11 22 33 44'));

    socket.push('call.updated', { ...older, handledAt: '2026-11-22T10:01:00.000Z', version: older.version + 1 });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(list).not.toHaveTextContent('06 12 34 56 78');
  });
});

describe('the phone desk in French', () => {
  it('names the wrap-up, the missed calls and the previous contacts in French', async () => {
    const agent = buildAgent({ locale: 'fr' });
    const customer = buildCustomer();
    const pop = buildCallPop({
      customer,
      call: {
        state: 'wrap_up',
        agent: { id: agent.id, name: agent.displayName },
        answeredAt: secondsAgo(60),
        endedAt: secondsAgo(5),
      },
    });
    const missed = buildCallView({ state: 'missed' });
    server.use(...createDeskBackend({ agent, customers: [customer], myCalls: [pop], missedCalls: [missed] }).handlers);
    renderApp();

    const form = await screen.findByRole('form', { name: 'Clôture' });
    expect(within(form).getByRole('combobox', { name: 'Qualification' })).toBeInTheDocument();
    expect(await within(form).findByRole('option', { name: 'Rappel nécessaire' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Note de clôture' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Terminer la clôture' })).toBeInTheDocument();
    expect(within(await incomingCall('Appel entrant')).getByText('Post-appel')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Contacts précédents' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Appels manqués' });
    expect(within(list).getByRole('button', { name: 'Marquer comme traité' })).toBeInTheDocument();
  });
});
