import { act, screen, within } from '@testing-library/react';
import { formatPhoneInternational } from '@shared/utils/phone-display';
import {
  buildAgent,
  buildCallPop,
  buildCase,
  buildContactSummary,
  buildCustomer,
  buildSearchHit,
} from '../msw/factories';
import { createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { incomingCall, secondsAgo, waitForDesk } from './support/phone';
import { renderApp } from './support/render-app';

const server = startMswServer();

function complainingCustomer() {
  const complaint = buildCase({ subject: 'Charged twice in October', category: 'complaint' });
  return buildCustomer({ openCases: [complaint], flags: [{ code: 'open_complaint', caseId: complaint.id }] });
}

describe('the screen pop', () => {
  it('shows a known caller’s record, warnings and previous contacts with the agents’ names before anyone answers', async () => {
    const agent = buildAgent();
    const customer = complainingCustomer();
    const backend = createDeskBackend({ agent, customers: [customer] });
    server.use(...backend.handlers);
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);

    socket.push(
      'call.ringing',
      buildCallPop({
        customer,
        call: {
          ringingAgentIds: [agent.id],
          startedAt: secondsAgo(12),
          party: { raw: '01 42 68 53 00', e164: '+33142685300', status: 'known' },
        },
        recentContacts: [
          buildContactSummary({
            agentName: 'Pieter Janssens',
            subject: 'Bill higher than usual',
            disposition: 'resolved',
          }),
          buildContactSummary({
            channel: 'email',
            agentName: null,
            subject: 'Refund request',
            disposition: null,
            startedAt: '2026-11-10T09:00:00.000Z',
          }),
        ],
      }),
    );

    const call = await incomingCall();
    expect(within(call).getByText('01 42 68 53 00')).toBeInTheDocument();
    expect(within(call).getByText(formatPhoneInternational('+33142685300'))).toBeInTheDocument();
    expect(within(call).getByText('Line called: +33 1 80 20 30 40')).toBeInTheDocument();
    expect(within(call).getByText('Queue: Facturation')).toBeInTheDocument();
    expect(within(call).getByText('Ringing')).toBeInTheDocument();
    expect(within(call).getByText(/^Waiting 1\d s$/)).toBeInTheDocument();

    const card = await screen.findByRole('heading', { level: 2, name: customer.displayName });
    expect(card).toBeInTheDocument();
    expect(screen.getByText('This customer has an open complaint')).toBeInTheDocument();

    const contacts = within(call).getByRole('list', { name: 'Previous contacts' });
    const [first, second] = within(contacts).getAllByRole('listitem');
    expect(first).toHaveTextContent('Call');
    expect(first).toHaveTextContent('Handled by Pieter Janssens');
    expect(first).toHaveTextContent('Bill higher than usual');
    expect(await within(contacts).findByText('Outcome: Resolved')).toBeInTheDocument();
    expect(second).toHaveTextContent('Email');
    expect(second).toHaveTextContent('Handled by —');
    // The pop carried the record: nothing was read to open it.
    expect(backend.state.requests.some((r) => r.path === `/api/customers/${customer.id}`)).toBe(false);
  });

  it('keeps the waiting time running from the call’s start', async () => {
    const agent = buildAgent();
    server.use(...createDeskBackend({ agent }).handlers);
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    jest.useFakeTimers({ advanceTimers: true, now: Date.now() });
    try {
      socket.push(
        'call.ringing',
        buildCallPop({
          call: {
            ringingAgentIds: [agent.id],
            startedAt: new Date().toISOString(),
            party: { raw: '0612345678', e164: '+33612345678', status: 'unknown' },
          },
        }),
      );
      const call = await incomingCall();
      expect(within(call).getByText(/^Waiting 0 s$/)).toBeInTheDocument();
      await act(() => jest.advanceTimersByTimeAsync(65_000));
      expect(within(call).getByText(/^Waiting 1 min 0\d s$/)).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('lets the agent create an unknown caller’s record, with problems shown by field, and links the call to it', async () => {
    const agent = buildAgent();
    const backend = createDeskBackend({ agent });
    server.use(...backend.handlers);
    const { socket, queryClient, user } = renderApp();
    await waitForDesk(queryClient);
    const pop = buildCallPop({
      call: { ringingAgentIds: [agent.id], party: { raw: '06 12 34 56 78', e164: '+33612345678', status: 'unknown' } },
    });
    backend.state.myCalls = [pop];

    socket.push('call.ringing', pop);
    const call = await incomingCall();
    expect(within(call).getByRole('heading', { name: 'Unknown caller' })).toBeInTheDocument();
    await user.click(within(call).getByRole('button', { name: 'Create customer' }));

    const form = within(call).getByRole('form', { name: 'New customer' });
    expect(within(form).getByRole('textbox', { name: 'Phone' })).toHaveValue('+33612345678');
    await user.click(within(form).getByRole('button', { name: 'Create customer' }));
    expect(within(form).getByRole('textbox', { name: 'Family name' })).toHaveAccessibleDescription(
      /Enter a family name or a company name\./,
    );
    expect(backend.state.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: 'Given name' }), 'Lucie');
    await user.type(within(form).getByRole('textbox', { name: 'Family name' }), 'Moreau');
    await user.type(within(form).getByRole('textbox', { name: 'Email' }), 'lucie.moreau@');
    await user.click(within(form).getByRole('button', { name: 'Create customer' }));
    const email = within(form).getByRole('textbox', { name: 'Email' });
    expect(await within(form).findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await user.type(email, 'example.fr');
    await user.click(within(form).getByRole('button', { name: 'Create customer' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Lucie Moreau' })).toBeInTheDocument();
    const created = [...backend.state.customers.values()].find((customer) => customer.displayName === 'Lucie Moreau');
    const posts = backend.state.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, r.body])).toEqual([
      ['/api/customers', { givenName: 'Lucie', familyName: 'Moreau', phone: '+33612345678', email: 'lucie.moreau@' }],
      [
        '/api/customers',
        { givenName: 'Lucie', familyName: 'Moreau', phone: '+33612345678', email: 'lucie.moreau@example.fr' },
      ],
      [`/api/calls/${pop.call.id}/link`, { customerId: created?.id }],
    ]);
    expect(await within(call).findByRole('heading', { name: 'Previous contacts' })).toBeInTheDocument();
    expect(within(call).queryByRole('heading', { name: 'Unknown caller' })).not.toBeInTheDocument();
  });

  it('links a withheld caller to an existing customer found by search', async () => {
    const agent = buildAgent();
    const customer = buildCustomer({ displayName: 'Jeanne Martin' });
    const backend = createDeskBackend({ agent, customers: [customer] });
    server.use(...backend.handlers);
    const { socket, queryClient, user } = renderApp();
    await waitForDesk(queryClient);
    const pop = buildCallPop({
      call: { ringingAgentIds: [agent.id], party: { raw: 'anonymous', e164: null, status: 'withheld' } },
    });
    backend.state.myCalls = [pop];

    socket.push('call.ringing', pop);
    const call = await incomingCall();
    expect(within(call).getByRole('heading', { name: 'Number withheld' })).toBeInTheDocument();
    expect(within(call).getByRole('button', { name: 'Create customer' })).toBeInTheDocument();
    await user.click(within(call).getByRole('button', { name: 'Link to existing customer' }));
    await user.type(within(call).getByRole('searchbox', { name: 'Find the customer to link' }), 'Jeanne');
    await user.click(await within(call).findByRole('button', { name: /Jeanne Martin/ }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Jeanne Martin' })).toBeInTheDocument();
    const links = backend.state.requests.filter((r) => r.path.endsWith('/link'));
    expect(links.map((r) => r.body)).toEqual([{ customerId: customer.id }]);
  });

  it('shows an invalid number as received, flagged as not valid', async () => {
    const agent = buildAgent();
    server.use(...createDeskBackend({ agent }).handlers);
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);

    socket.push(
      'call.ringing',
      buildCallPop({ call: { ringingAgentIds: [agent.id], party: { raw: '12', e164: null, status: 'invalid' } } }),
    );

    const call = await incomingCall();
    expect(within(call).getByText('12')).toBeInTheDocument();
    expect(within(call).getByText('not a valid number')).toBeInTheDocument();
    expect(within(call).getByRole('heading', { name: 'Unknown caller' })).toBeInTheDocument();
  });

  it('lets the agent pick the caller among customers sharing the number, links the call and opens the record', async () => {
    const agent = buildAgent();
    const mother = buildCustomer({ displayName: 'Anne Lefèvre' });
    const son = buildCustomer({ displayName: 'Hugo Lefèvre' });
    const backend = createDeskBackend({
      agent,
      customers: [mother, son],
      contacts: { [son.id]: [buildContactSummary({ agentName: 'Sofia Verhoeven' })] },
    });
    server.use(...backend.handlers);
    const { socket, queryClient, user } = renderApp();
    await waitForDesk(queryClient);
    const pop = buildCallPop({
      call: {
        ringingAgentIds: [agent.id],
        party: { raw: '01 42 68 53 00', e164: '+33142685300', status: 'ambiguous' },
      },
      candidates: [buildSearchHit(mother, { matchedBy: 'phone' }), buildSearchHit(son, { matchedBy: 'phone' })],
    });
    backend.state.myCalls = [pop];

    socket.push('call.ringing', pop);
    const call = await incomingCall();
    expect(within(call).getByRole('heading', { name: 'Several customers share this number' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: /Lefèvre/ })).not.toBeInTheDocument();
    await user.click(within(call).getByRole('button', { name: /Hugo Lefèvre/ }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Hugo Lefèvre' })).toBeInTheDocument();
    expect(
      backend.state.requests.filter((r) => r.path === `/api/calls/${pop.call.id}/link`).map((r) => r.body),
    ).toEqual([{ customerId: son.id }]);
    expect(await within(call).findByText('Handled by Sofia Verhoeven')).toBeInTheDocument();
    expect(
      within(call).queryByRole('heading', { name: 'Several customers share this number' }),
    ).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    const agent = buildAgent({ locale: 'fr' });
    const backend = createDeskBackend({ agent });
    server.use(...backend.handlers);
    const { socket, queryClient, user } = renderApp();
    await waitForDesk(queryClient);

    socket.push(
      'call.ringing',
      buildCallPop({
        call: { ringingAgentIds: [agent.id], party: { raw: '0612345678', e164: '+33612345678', status: 'unknown' } },
      }),
    );

    const call = await incomingCall('Appel entrant');
    expect(within(call).getByText('Sonnerie')).toBeInTheDocument();
    expect(within(call).getByRole('heading', { name: 'Appelant inconnu' })).toBeInTheDocument();
    expect(within(call).getByRole('button', { name: 'Lier à un client existant' })).toBeInTheDocument();
    await user.click(within(call).getByRole('button', { name: 'Créer le client' }));
    expect(within(call).getByRole('textbox', { name: 'Nom' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Appels manqués' })).toBeInTheDocument();
  });
});
