import { screen, waitFor, within } from '@testing-library/react';
import type { Agent } from '@shared/schemas/agent';
import type { Customer } from '@shared/schemas/customer';
import type { Offer } from '@shared/schemas/transfer';
import { buildAgent, buildCallPop, buildCustomer } from '../msw/factories';
import { createDeskBackend } from '../msw/handlers';
import { buildOffer, withTransfers, type TransferOptions } from '../msw/transfer-handlers';
import { startMswServer } from './support/msw-server';
import { incomingCall, settle, waitForDesk } from './support/phone';
import { renderApp } from './support/render-app';

const server = startMswServer();

function setUp({ agent = buildAgent(), customers = [], offers = [], myCalls = [], ...transferOptions }: {
  agent?: Agent;
  customers?: Customer[];
  offers?: Offer[];
  myCalls?: ReturnType<typeof buildCallPop>[];
} & TransferOptions = {}) {
  const backend = createDeskBackend({ agent, customers, offers, myCalls });
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

    socket.push('offer.created', buildOffer({ contact: { customerId: customer.id, customerName: customer.displayName } }));

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
    expect(backend.state.requests.some((r) => r.method === 'POST' && r.path === `/api/offers/${pending.id}/accept`)).toBe(true);
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

void incomingCall;
