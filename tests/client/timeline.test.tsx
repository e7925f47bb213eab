import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { LIMITS } from '@shared/schemas/limits';
import { buildCustomer, buildTimelineEvent, buildTimelineHistory } from '../msw/factories';
import { apiError, createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { openCustomer } from './support/open-customer';
import { renderApp } from './support/render-app';

const server = startMswServer();

function timelineArticles(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('article');
}

describe('the timeline', () => {
  it('shows events newest first with who did what, and loads older events on demand', async () => {
    const customer = buildCustomer();
    const backend = createDeskBackend({
      customers: [customer],
      timelines: { [customer.id]: buildTimelineHistory(customer.id, 45) },
    });
    server.use(...backend.handlers);
    const { user } = renderApp();

    await openCustomer(user, customer);
    await screen.findByText('history note 45');

    const articles = timelineArticles();
    expect(articles).toHaveLength(LIMITS.pageSizeDefault);
    expect(articles[0]).toHaveTextContent('history note 45');
    expect(articles[0]).toHaveAccessibleName('Note added');
    expect(within(articles[0]!).getByText('By Camille Laurent')).toBeInTheDocument();
    expect(within(articles[0]!).getByText('Note')).toBeInTheDocument();
    expect(articles[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-11-22T12:00:00.000Z');
    expect(screen.queryByText('history note 1')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load older events' }));

    expect(await screen.findByText('history note 1')).toBeInTheDocument();
    expect(timelineArticles()).toHaveLength(45);
    expect(timelineArticles()[44]).toHaveTextContent('history note 1');
    expect(screen.queryByRole('button', { name: 'Load older events' })).not.toBeInTheDocument();
    expect(screen.getByText('Beginning of the timeline.')).toBeInTheDocument();
    const pages = backend.state.requests.filter((r) => r.path.endsWith('/timeline'));
    expect(pages.map((r) => [r.search.get('limit'), r.search.get('cursor')])).toEqual([
      ['30', null],
      ['30', 'after-16'],
    ]);
  });

  it('says so when there is nothing yet', async () => {
    const customer = buildCustomer();
    server.use(...createDeskBackend({ customers: [customer] }).handlers);
    const { user } = renderApp();

    await openCustomer(user, customer);

    expect(await screen.findByText('No events yet.')).toBeInTheDocument();
  });

  it('describes calls and emails from their payload, and names non-agent actors', async () => {
    const customer = buildCustomer();
    const events = [
      buildTimelineEvent({
        customerId: customer.id,
        occurredAt: '2026-11-22T11:00:00.000Z',
        channel: 'voice',
        type: 'call.ended',
        body: null,
        payload: { direction: 'inbound', durationSeconds: 245, disposition: 'resolved' },
      }),
      buildTimelineEvent({
        customerId: customer.id,
        occurredAt: '2026-11-22T10:00:00.000Z',
        channel: 'email',
        type: 'email.received',
        body: null,
        actor: { kind: 'customer', id: null, name: null },
        payload: { subject: 'Where is my refund?' },
      }),
      buildTimelineEvent({
        customerId: customer.id,
        occurredAt: '2026-11-22T09:00:00.000Z',
        channel: 'system',
        // A type added on the server after this client was built.
        type: 'contract.renewed' as never,
        body: null,
        actor: { kind: 'automation', id: null, name: null },
      }),
    ];
    server.use(...createDeskBackend({ customers: [customer], timelines: { [customer.id]: events } }).handlers);
    const { user } = renderApp();

    await openCustomer(user, customer);
    await screen.findByRole('article', { name: 'Call ended' });

    const [call, email, unknown] = timelineArticles();
    expect(call).toHaveTextContent('Call');
    expect(call).toHaveTextContent('Inbound');
    expect(call).toHaveTextContent('Duration: 4 min 05 s');
    expect(call).toHaveTextContent('Outcome: resolved');
    expect(email).toHaveAccessibleName('Email received');
    expect(email).toHaveTextContent('Subject: Where is my refund?');
    expect(email).toHaveTextContent('By Customer');
    expect(unknown).toHaveAccessibleName('Event “contract.renewed”');
    expect(unknown).toHaveTextContent('By Automation');
  });

  it('puts a pushed event at the top without asking the server again', async () => {
    const customer = buildCustomer();
    const backend = createDeskBackend({
      customers: [customer],
      timelines: { [customer.id]: buildTimelineHistory(customer.id, 3) },
    });
    server.use(...backend.handlers);
    const { user, socket } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 3');
    const readsBefore = backend.state.requests.length;

    expect(socket.sentPayloads('customer.watch')).toEqual([{ customerId: customer.id }]);
    const pushed = buildTimelineEvent({
      customerId: customer.id,
      occurredAt: '2026-11-22T12:30:00.000Z',
      body: 'Customer called back: moved to Lyon.',
      actor: { kind: 'agent', id: 'colleague', name: 'Pieter Janssens' },
    });
    socket.push('timeline.appended', pushed);
    socket.push('timeline.appended', pushed);

    await screen.findByText('Customer called back: moved to Lyon.');
    const articles = timelineArticles();
    expect(articles).toHaveLength(4);
    expect(articles[0]).toHaveTextContent('Customer called back: moved to Lyon.');
    expect(articles[0]).toHaveTextContent('By Pieter Janssens');
    expect(backend.state.requests.length).toBe(readsBefore);
  });

  it('places a late event by its time, not by its arrival', async () => {
    const customer = buildCustomer();
    server.use(
      ...createDeskBackend({
        customers: [customer],
        timelines: { [customer.id]: buildTimelineHistory(customer.id, 3) },
      }).handlers,
    );
    const { user, socket } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 3');

    // Between note 2 (11:59) and note 3 (12:00).
    socket.push(
      'timeline.appended',
      buildTimelineEvent({ customerId: customer.id, occurredAt: '2026-11-22T11:59:30.000Z', body: 'late CTI event' }),
    );
    await screen.findByText('late CTI event');

    expect(timelineArticles().map((article) => article.querySelector('.event__body')?.textContent)).toEqual([
      'history note 3',
      'late CTI event',
      'history note 2',
      'history note 1',
    ]);
  });

  it('stops watching a customer when another one is opened', async () => {
    const first = buildCustomer({ displayName: 'Émilie Dupin' });
    const second = buildCustomer({ displayName: 'Jeanne Martin' });
    server.use(...createDeskBackend({ customers: [first, second] }).handlers);
    const { user, socket } = renderApp();

    await openCustomer(user, first);
    await user.clear(screen.getByRole('searchbox', { name: 'Search customers' }));
    await openCustomer(user, second);

    expect(socket.sentPayloads('customer.watch')).toEqual([{ customerId: first.id }, { customerId: second.id }]);
    expect(socket.sentPayloads('customer.unwatch')).toEqual([{ customerId: first.id }]);
  });

  it('watches again and re-reads the record after a reconnection', async () => {
    const customer = buildCustomer();
    const backend = createDeskBackend({
      customers: [customer],
      timelines: { [customer.id]: buildTimelineHistory(customer.id, 2) },
    });
    server.use(...backend.handlers);
    const { user, socket } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 2');

    socket.drop();
    expect(await screen.findByText('Reconnecting…')).toBeInTheDocument();
    // Missed while offline.
    backend.state.timelines.set(customer.id, [
      buildTimelineEvent({
        id: '3',
        customerId: customer.id,
        occurredAt: '2026-11-22T13:00:00.000Z',
        body: 'missed while offline',
      }),
      ...buildTimelineHistory(customer.id, 2),
    ]);
    socket.reconnect();

    expect(await screen.findByText('missed while offline')).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(socket.sentPayloads('customer.watch')).toHaveLength(2);
  });

  it('says when the server refuses live updates for this customer', async () => {
    const customer = buildCustomer();
    server.use(...createDeskBackend({ customers: [customer] }).handlers);
    const { user, socket } = renderApp();
    socket.watchResult = { ok: false, error: { code: 'forbidden', reason: 'role_required', message: 'forbidden' } };

    await openCustomer(user, customer);

    expect(await screen.findByText(/Live updates are unavailable for this customer/)).toBeInTheDocument();
  });

  it('shows a failure to load older events and lets the agent retry', async () => {
    const customer = buildCustomer();
    server.use(
      ...createDeskBackend({
        customers: [customer],
        timelines: { [customer.id]: buildTimelineHistory(customer.id, 40) },
      }).handlers,
    );
    const { user } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 40');
    server.use(http.get('*/api/customers/:id/timeline', () => apiError('internal'), { once: true }));

    await user.click(screen.getByRole('button', { name: 'Load older events' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on the server');

    await user.click(screen.getByRole('button', { name: 'Load older events' }));
    expect(await screen.findByText('history note 1')).toBeInTheDocument();
  });
});
