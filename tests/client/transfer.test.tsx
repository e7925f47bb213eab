import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import type { Agent } from '@shared/schemas/agent';
import type { Customer } from '@shared/schemas/customer';
import type { Offer } from '@shared/schemas/transfer';
import { buildAgent, buildCallPop, buildCustomer, buildTimelineEvent } from '../msw/factories';
import { apiError, createDeskBackend } from '../msw/handlers';
import { buildOffer, withTransfers, type TransferOptions } from '../msw/transfer-handlers';
import { startMswServer } from './support/msw-server';
import { incomingCall, settle, waitForDesk } from './support/phone';
import { renderApp } from './support/render-app';

const server = startMswServer();

function setUp({
  agent = buildAgent(),
  customers = [],
  offers = [],
  myCalls = [],
  timelines,
  ...transferOptions
}: {
  agent?: Agent;
  timelines?: Record<string, ReturnType<typeof buildTimelineEvent>[]>;
  customers?: Customer[];
  offers?: Offer[];
  myCalls?: ReturnType<typeof buildCallPop>[];
} & TransferOptions = {}) {
  const backend = createDeskBackend({ agent, customers, offers, myCalls, ...(timelines ? { timelines } : {}) });
  const transfers = withTransfers(backend, transferOptions);
  server.use(...backend.handlers, ...transfers.handlers);
  return { backend, agent };
}

describe('offers', () => {
  it('shows a transferred contact with its context packet and opens the customer before accepting', async () => {
    const customer = buildCustomer();
    setUp({ customers: [customer] });
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);

    socket.push(
      'offer.created',
      buildOffer({ contact: { customerId: customer.id, customerName: customer.displayName } }),
    );

    const offer = await screen.findByRole('region', { name: 'Offer' });
    expect(within(offer).getByText('Transferred by Pieter Janssens')).toBeInTheDocument();
    expect(within(offer).getByText('Warm')).toBeInTheDocument();
    expect(within(offer).getByText('Needs a refund over my limit')).toBeInTheDocument();
    expect(within(offer).getByText('Charged twice for October')).toBeInTheDocument();
    expect(within(offer).getByText('Checked both payments in billing')).toBeInTheDocument();
    expect(within(offer).getByText('Partially verified')).toBeInTheDocument();
    expect(within(offer).getByText('Queue: Facturation')).toBeInTheDocument();
    expect(within(offer).getByText(/^Waiting 4\d s$/)).toBeInTheDocument();
    expect(within(offer).getByText(/^Expires in (30|29|28) s$/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: customer.displayName })).toBeInTheDocument();
  });

  it('accepts an offer: posts and removes the card', async () => {
    const pending = buildOffer();
    const { backend } = setUp({ offers: [pending] });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);

    const offer = await screen.findByRole('region', { name: 'Offer' });
    await user.click(within(offer).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Offer' })).not.toBeInTheDocument());
    expect(
      backend.state.requests.some((r) => r.method === 'POST' && r.path === `/api/offers/${pending.id}/accept`),
    ).toBe(true);
  });

  it('says when an offer is no longer available (409) and removes it', async () => {
    const pending = buildOffer();
    setUp({ offers: [pending], goneOfferIds: [pending.id] });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);

    const offer = await screen.findByRole('region', { name: 'Offer' });
    await user.click(within(offer).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This offer is no longer available.');
    expect(screen.queryByRole('region', { name: 'Offer' })).not.toBeInTheDocument();
  });

  it('declines with a reason', async () => {
    const pending = buildOffer();
    const { backend } = setUp({ offers: [pending] });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);

    const offer = await screen.findByRole('region', { name: 'Offer' });
    await user.click(within(offer).getByRole('button', { name: 'Decline' }));
    await user.type(within(offer).getByRole('textbox', { name: 'Reason for declining (optional)' }), 'Not my skill');
    await user.click(within(offer).getByRole('button', { name: 'Decline with this reason' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Offer' })).not.toBeInTheDocument());
    const sent = backend.state.requests.find((r) => r.path === `/api/offers/${pending.id}/decline`);
    expect(sent?.body).toEqual({ reason: 'Not my skill' });
  });

  it('removes the card when the offer closes, and restores pending offers after a reload', async () => {
    const pending = buildOffer();
    setUp({ offers: [pending] });
    const first = renderApp();
    await waitForDesk(first.queryClient);
    expect(await screen.findByRole('region', { name: 'Offer' })).toBeInTheDocument();
    first.unmount();

    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    expect(await screen.findByRole('region', { name: 'Offer' })).toBeInTheDocument();
    socket.push('offer.closed', { offerId: pending.id, state: 'expired' });
    await settle();
    expect(screen.queryByRole('region', { name: 'Offer' })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    setUp({ agent: buildAgent({ locale: 'fr' }), offers: [buildOffer()] });
    const { queryClient } = renderApp();
    await waitForDesk(queryClient);
    const offer = await screen.findByRole('region', { name: 'Proposition' });
    expect(within(offer).getByRole('button', { name: 'Accepter' })).toBeInTheDocument();
    expect(within(offer).getByRole('button', { name: 'Refuser' })).toBeInTheDocument();
    expect(within(offer).getByText('Transféré par Pieter Janssens')).toBeInTheDocument();
    expect(within(offer).getByText('Ce que le client a dit')).toBeInTheDocument();
  });
});

function activeCallOf(agent: Agent) {
  return buildCallPop({
    call: {
      state: 'active',
      agent: { id: agent.id, name: agent.displayName },
      answeredAt: new Date().toISOString(),
      ringingAgentIds: [],
    },
  });
}

const DIRECTORY = {
  queues: [
    { id: '7b0a1f8e-3c1d-4e2a-9f10-0a1b2c3d4e01', name: 'Niveau 2', channels: ['voice'] },
    { id: '7b0a1f8e-3c1d-4e2a-9f10-0a1b2c3d4e02', name: 'Facturation', channels: ['voice'] },
  ],
  agents: [
    {
      id: '7b0a1f8e-3c1d-4e2a-9f10-0a1b2c3d4e03',
      displayName: 'Nadia Benali',
      role: 'specialist',
      presence: 'available',
      skills: [],
    },
  ],
};

async function fillTransfer(user: ReturnType<typeof renderApp>['user']) {
  const call = await incomingCall();
  await user.click(within(call).getByRole('button', { name: 'Transfer' }));
  const form = within(call).getByRole('form', { name: 'Transfer with context' });
  await user.click(within(form).getByRole('radio', { name: 'To a queue' }));
  await screen.findByRole('option', { name: 'Niveau 2' });
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Queue' }), 'Niveau 2');
  await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Refund over my limit');
  await user.type(within(form).getByRole('textbox', { name: 'What the customer said' }), 'Charged twice');
  await user.type(within(form).getByRole('textbox', { name: 'What was tried' }), 'Checked billing');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Identity' }), 'Identity verified');
  return form;
}

describe('transfer with context', () => {
  it('posts the packet for a queue target, waits, and shows a decline with its reason', async () => {
    const agent = buildAgent();
    const pop = activeCallOf(agent);
    const { backend } = setUp({ agent, myCalls: [pop], directory: DIRECTORY });
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);

    const form = await fillTransfer(user);
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    expect(await screen.findByText('Waiting for Niveau 2 to accept…')).toBeInTheDocument();
    const sent = backend.state.requests.find((r) => r.path === `/api/contacts/${pop.call.id}/transfers`);
    expect(sent?.body).toEqual({
      to: { kind: 'queue', id: DIRECTORY.queues[0]!.id },
      mode: 'warm',
      reason: 'Refund over my limit',
      summary: 'Charged twice',
      tried: 'Checked billing',
      identity: 'verified',
    });
    const transferId = queryClient.getQueryData<{ transferId: string }[]>(['transfers', 'sent'])![0]!.transferId;
    socket.push('transfer.decided', {
      transferId,
      contactId: pop.call.id,
      state: 'declined',
      by: { id: DIRECTORY.agents[0]!.id, name: 'Nadia Benali' },
      declineReason: 'Not a level 2 question',
    });
    expect(await screen.findByText('Nadia Benali declined: Not a level 2 question')).toBeInTheDocument();
    expect(await incomingCall()).toBeInTheDocument();
  });

  it('starts the summary with the last note, says “Transferred” after a cold transfer', async () => {
    const agent = buildAgent();
    const customer = buildCustomer();
    const note = buildTimelineEvent({ customerId: customer.id, body: 'Wants the second charge refunded' });
    const pop = buildCallPop({
      customer,
      call: {
        customerId: customer.id,
        state: 'active',
        agent: { id: agent.id, name: agent.displayName },
        answeredAt: new Date().toISOString(),
        ringingAgentIds: [],
      },
    });
    setUp({ agent, customers: [customer], myCalls: [pop], directory: DIRECTORY, timelines: { [customer.id]: [note] } });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    expect(await screen.findByText('Wants the second charge refunded')).toBeInTheDocument();

    const call = await incomingCall();
    await user.click(within(call).getByRole('button', { name: 'Transfer' }));
    const form = within(call).getByRole('form', { name: 'Transfer with context' });
    expect(within(form).getByRole('textbox', { name: 'What the customer said' })).toHaveValue(
      'Wants the second charge refunded',
    );
    await user.click(within(form).getByRole('radio', { name: 'To an agent' }));
    await screen.findByRole('option', { name: 'Nadia Benali (Available)' });
    expect(within(form).queryByRole('option', { name: new RegExp(agent.displayName) })).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Agent' }), 'Nadia Benali (Available)');
    await user.click(within(form).getByRole('radio', { name: 'Cold (I leave now)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Specialist needed');
    await user.type(within(form).getByRole('textbox', { name: 'What was tried' }), 'Nothing yet');
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    expect(await screen.findByText('Transferred')).toBeInTheDocument();
  });

  it('says who took over a warm transfer, and the call leaves my desk', async () => {
    const agent = buildAgent();
    const pop = activeCallOf(agent);
    setUp({ agent, myCalls: [pop], directory: DIRECTORY });
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const form = await fillTransfer(user);
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    await screen.findByText('Waiting for Niveau 2 to accept…');
    const transferId = queryClient.getQueryData<{ transferId: string }[]>(['transfers', 'sent'])![0]!.transferId;
    socket.push('transfer.decided', {
      transferId,
      contactId: pop.call.id,
      state: 'accepted',
      by: { id: DIRECTORY.agents[0]!.id, name: 'Nadia Benali' },
      declineReason: null,
    });
    expect(await screen.findByText('Nadia Benali took over')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument());
  });

  it('still says it is waiting for the receiver after a reload, and who took over', async () => {
    const agent = buildAgent();
    const pop = activeCallOf(agent);
    const { backend } = setUp({ agent, myCalls: [pop], directory: DIRECTORY });
    backend.state.sentTransfers = [
      {
        transferId: 'transfer-1',
        contactId: pop.call.id,
        mode: 'warm',
        targetName: 'Niveau 2',
        customerName: null,
        createdAt: new Date().toISOString(),
      },
    ];
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    expect(await screen.findByText('Waiting for Niveau 2 to accept…')).toBeInTheDocument();
    socket.push('transfer.decided', {
      transferId: 'transfer-1',
      contactId: pop.call.id,
      state: 'accepted',
      by: { id: DIRECTORY.agents[0]!.id, name: 'Nadia Benali' },
      declineReason: null,
    });
    expect(await screen.findByText('Nadia Benali took over')).toBeInTheDocument();
  });

  it('tells the sender to move the call on their phone when the phone system takes no orders', async () => {
    const agent = buildAgent();
    const pop = activeCallOf(agent);
    setUp({ agent, myCalls: [pop], directory: DIRECTORY, callMove: { by: 'agent', toExtension: '2002' } });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const form = await fillTransfer(user);
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    expect(
      await screen.findByText(
        'The phone system does not take orders from the desk: transfer the call on your phone to extension 2002.',
      ),
    ).toBeInTheDocument();
  });

  it('says so loudly when the phone system could not move the call', async () => {
    const agent = buildAgent();
    const pop = activeCallOf(agent);
    setUp({ agent, myCalls: [pop], directory: DIRECTORY, callMove: { by: 'pbx', toExtension: '2002' } });
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const form = await fillTransfer(user);
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    await screen.findByText('Waiting for Niveau 2 to accept…');
    const transferId = queryClient.getQueryData<{ transferId: string }[]>(['transfers', 'sent'])![0]!.transferId;
    socket.push('call.moveFailed', {
      commandId: 'cmd-1',
      transferId,
      contactId: pop.call.id,
      kind: 'attended',
      reason: 'Atxfer: feature not configured',
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Waiting for Niveau 2 to accept…');
    expect(alert).toHaveTextContent(
      'The phone system could not move the call (Atxfer: feature not configured): the caller is still where they were.',
    );
  });

  it('shows the server’s field problems by field', async () => {
    const agent = buildAgent();
    setUp({ agent, myCalls: [activeCallOf(agent)], directory: DIRECTORY });
    server.use(
      http.post('*/api/contacts/:id/transfers', () =>
        apiError('invalid_input', [
          { path: 'reason', message: 'too long' },
          { path: 'to.id', message: 'invalid' },
        ]),
      ),
    );
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const form = await fillTransfer(user);
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Reason' })).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(within(form).getByRole('combobox', { name: 'Queue' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('textbox', { name: 'What was tried' })).not.toHaveAttribute('aria-invalid');
  });

  it('says precisely why the server refused the transfer', async () => {
    const agent = buildAgent();
    setUp({ agent, myCalls: [activeCallOf(agent)], directory: DIRECTORY });
    server.use(http.post('*/api/contacts/:id/transfers', () => apiError('transfer_already_pending'), { once: true }));
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const form = await fillTransfer(user);
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'A transfer of this contact is already waiting to be accepted.',
    );

    server.use(
      http.post(
        '*/api/contacts/:id/transfers',
        () => apiError('queue_closed', [{ path: 'to.id', message: 'Niveau 2 is closed' }]),
        { once: true },
      ),
    );
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));
    await waitFor(() =>
      expect(within(form).getByRole('combobox', { name: 'Queue' })).toHaveAccessibleDescription(
        'This queue is closed now. Choose another queue or an agent.',
      ),
    );
  });

  it('has French labels', async () => {
    const agent = buildAgent({ locale: 'fr' });
    setUp({ agent, myCalls: [activeCallOf(agent)], directory: DIRECTORY });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const call = await screen.findByRole('region', { name: 'Appel entrant' });
    await user.click(within(call).getByRole('button', { name: 'Transférer' }));
    const form = within(call).getByRole('form', { name: 'Transfert avec contexte' });
    expect(within(form).getByRole('radio', { name: 'À une file' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'À froid (je pars maintenant)' })).toBeInTheDocument();
  });
});
