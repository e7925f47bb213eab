import { screen, waitFor, within } from '@testing-library/react';
import { queryKeys } from '../../client/src/api/query-keys';
import { buildAgent, buildCallPop, buildCustomer } from '../msw/factories';
import { createDeskBackend, type DeskBackendOptions } from '../msw/handlers';
import { buildCaseNeedingAttention, withSupervision, type SupervisionOptions } from '../msw/supervision-handlers';
import { withAdminRouting } from '../msw/admin-routing-handlers';
import { withAdminTelephony } from '../msw/admin-telephony-handlers';
import { startMswServer } from './support/msw-server';
import { openCustomer } from './support/open-customer';
import { renderApp } from './support/render-app';

const server = startMswServer();

afterEach(() => {
  window.location.hash = '';
});

function startBackend(options: DeskBackendOptions & SupervisionOptions = {}) {
  const desk = createDeskBackend({
    agent: buildAgent({ role: 'supervisor', displayName: 'Sam Supervisor' }),
    ...options,
  });
  const supervision = withSupervision(desk, options);
  server.use(
    ...desk.handlers,
    ...supervision.handlers,
    ...withAdminTelephony(desk).handlers,
    ...withAdminRouting(desk).handlers,
  );
  return desk;
}

async function openSupervision(user: ReturnType<typeof renderApp>['user'], name = 'Supervision') {
  const nav = await screen.findByRole('navigation');
  await user.click(within(nav).getByRole('link', { name }));
  return screen.findByRole('main', { name });
}

describe('supervision entry', () => {
  it('offers a supervisor the desk and supervision, not administration', async () => {
    startBackend();
    const { user } = renderApp();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Desk', 'Supervision']);
    await openSupervision(user);
    expect(window.location.hash).toBe('#/supervision');
    expect(screen.getByRole('link', { name: 'Supervision' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers an admin all three views', async () => {
    startBackend({ agent: buildAgent({ role: 'admin' }) });
    renderApp();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Desk', 'Supervision', 'Administration']);
  });

  it('is neither offered nor opened for an agent', async () => {
    window.location.hash = '#/supervision';
    const desk = startBackend({ agent: buildAgent({ role: 'agent' }) });
    renderApp();

    expect(await screen.findByRole('searchbox', { name: 'Search customers' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Supervision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('main', { name: 'Supervision' })).not.toBeInTheDocument();
    expect(desk.state.requests.some((r) => r.path === '/api/cases/attention')).toBe(false);
  });
});

describe('cases needing attention', () => {
  it('lists the cases in the server’s order with owner, due time, transfers and reasons', async () => {
    startBackend({
      casesNeedingAttention: [
        buildCaseNeedingAttention({
          subject: 'Router still not delivered',
          customer: { id: 'c-1', name: 'Marie Dupont' },
        }),
        buildCaseNeedingAttention({
          subject: 'Refund promised',
          category: 'request',
          customer: { id: 'c-2', name: 'Pieter Janssens' },
          owner: null,
          dueAt: null,
          overdueSeconds: 0,
          reasons: ['no_person_owner', 'no_due_time'],
          transferCount: 0,
        }),
        buildCaseNeedingAttention({
          subject: 'Bill too high',
          category: 'incident',
          customer: { id: 'c-3', name: 'Lucie Martin' },
          owner: { kind: 'agent', id: 'a-1', name: 'Camille Laurent' },
          overdueSeconds: 2 * 24 * 3600 + 60,
          reasons: ['overdue'],
          transferCount: 1,
        }),
      ],
    });
    const { user } = renderApp();

    const page = await openSupervision(user);
    const section = within(page).getByRole('region', { name: 'Cases needing attention' });
    const table = await within(section).findByRole('table', { name: 'Cases needing attention' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Router still not delivered',
      'Refund promised',
      'Bill too high',
    ]);

    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('button', { name: 'Marie Dupont' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Complaint');
    expect(first).toHaveTextContent('Facturation');
    expect(within(first).getByText('queue')).toBeInTheDocument();
    expect(within(first).getByText('overdue by 2 h')).toHaveClass('attention__overdue');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('3');
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(within(first).getByText('No person owns it')).toBeInTheDocument();

    expect(within(second).getByText('no owner')).toBeInTheDocument();
    expect(within(second).getAllByText('No due time')).toHaveLength(2); // the due cell and the reason
    expect(within(second).queryByText(/overdue by/)).not.toBeInTheDocument();

    expect(third).toHaveTextContent('Camille Laurent');
    expect(within(third).queryByText('queue')).not.toBeInTheDocument();
    expect(within(third).getByText('overdue by 2 d')).toBeInTheDocument();
  });

  it('says when nothing needs attention, and reads again every 30 s and on focus', async () => {
    const desk = startBackend();
    const { user, queryClient } = renderApp();

    const page = await openSupervision(user);
    expect(await within(page).findByText('Nothing needs attention.')).toBeInTheDocument();
    const query = queryClient.getQueryCache().find({ queryKey: queryKeys.casesNeedingAttention });
    expect(query?.observers[0]?.options).toMatchObject({ refetchInterval: 30_000, refetchOnWindowFocus: 'always' });
    expect(desk.state.requests.filter((r) => r.path === '/api/cases/attention')).toHaveLength(1);
  });

  it('opens a customer on the desk', async () => {
    const marie = buildCustomer({ displayName: 'Marie Dupont' });
    startBackend({
      customers: [marie],
      casesNeedingAttention: [buildCaseNeedingAttention({ customer: { id: marie.id, name: marie.displayName } })],
    });
    const { user } = renderApp();

    const page = await openSupervision(user);
    await user.click(await within(page).findByRole('button', { name: 'Marie Dupont' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Marie Dupont' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/');
    expect(screen.getByRole('link', { name: 'Desk' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('main', { name: 'Supervision' })).not.toBeInTheDocument();
  });

  it('keeps the customer open on the desk while the supervisor looks at supervision', async () => {
    const lucie = buildCustomer({ displayName: 'Lucie Martin' });
    startBackend({ customers: [lucie] });
    const { user } = renderApp();

    await openCustomer(user, lucie);
    await openSupervision(user);
    await user.click(screen.getByRole('link', { name: 'Desk' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Lucie Martin' })).toBeInTheDocument();
  });

  it('speaks French', async () => {
    startBackend({
      agent: buildAgent({ role: 'supervisor', locale: 'fr' }),
      casesNeedingAttention: [
        buildCaseNeedingAttention({ reasons: ['overdue', 'no_person_owner', 'no_due_time'], dueAt: null, owner: null }),
      ],
    });
    const { user } = renderApp();

    const page = await openSupervision(user);
    const section = within(page).getByRole('region', { name: 'Dossiers à surveiller' });
    const table = await within(section).findByRole('table', { name: 'Dossiers à surveiller' });
    expect(within(table).getByRole('columnheader', { name: 'Client' })).toBeInTheDocument();
    expect(within(table).getByText('En retard')).toBeInTheDocument();
    expect(within(table).getByText('Aucune personne responsable')).toBeInTheDocument();
    expect(within(table).getAllByText('Sans échéance').length).toBeGreaterThan(0);
    expect(within(table).getByText('aucun responsable')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Poste' })).toBeInTheDocument();
  });

  it('says « Rien à surveiller. » in French when the list is empty', async () => {
    startBackend({ agent: buildAgent({ role: 'supervisor', locale: 'fr' }) });
    const { user } = renderApp();

    const page = await openSupervision(user);
    expect(await within(page).findByText('Rien à surveiller.')).toBeInTheDocument();
  });
});

describe('a call ringing while away from the desk', () => {
  it('shows a banner on supervision that leads back to the desk', async () => {
    const agent = buildAgent({ role: 'supervisor' });
    window.location.hash = '#/supervision';
    startBackend({ agent });
    const { socket, queryClient, user } = renderApp();
    await screen.findByRole('main', { name: 'Supervision' });
    // Missed calls are read by the desk only: here just my live calls.
    await waitFor(() => expect(queryClient.getQueryState(queryKeys.myCalls)?.status).toBe('success'));
    expect(screen.queryByText(/Incoming call:/)).not.toBeInTheDocument();

    socket.push(
      'call.ringing',
      buildCallPop({
        call: {
          ringingAgentIds: [agent.id],
          party: { raw: '01 42 68 53 00', e164: '+33142685300', status: 'unknown' },
        },
      }),
    );

    expect(await screen.findByText('Incoming call: 01 42 68 53 00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the desk' }));

    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(await screen.findByRole('region', { name: 'Incoming call' })).toBeInTheDocument();
    expect(screen.queryByText('Incoming call: 01 42 68 53 00')).not.toBeInTheDocument();
  });
});

describe('queues now', () => {
  it('shows how many wait in each queue and the longest wait, and follows pushed changes', async () => {
    window.location.hash = '#/supervision';
    startBackend({
      queueDepths: [
        {
          queueId: 'q-accueil',
          queueName: 'Accueil',
          waiting: 2,
          oldestWaitingSince: new Date(Date.now() - 125_000).toISOString(),
        },
        { queueId: 'q-n2', queueName: 'Support technique N2', waiting: 0, oldestWaitingSince: null },
      ],
    });
    const { socket } = renderApp();
    const page = await screen.findByRole('main', { name: 'Supervision' });
    const table = await within(page).findByRole('table', { name: 'Queues now' });
    const accueil = within(table).getByRole('rowheader', { name: 'Accueil' }).closest('tr')!;
    expect(accueil).toHaveTextContent('2');
    expect(accueil).toHaveTextContent(/2 min 0\d s/);
    expect(within(table).getByRole('rowheader', { name: 'Support technique N2' }).closest('tr')).toHaveTextContent(
      'Nobody waiting',
    );

    socket.push('queue.depth', {
      queueId: 'q-n2',
      queueName: 'Support technique N2',
      waiting: 1,
      oldestWaitingSince: new Date().toISOString(),
    });
    await waitFor(() =>
      expect(
        within(table).getByRole('rowheader', { name: 'Support technique N2' }).closest('tr'),
      ).not.toHaveTextContent('Nobody waiting'),
    );
    socket.push('queue.depth', { queueId: 'q-accueil', queueName: 'Accueil', waiting: 0, oldestWaitingSince: null });
    await waitFor(() =>
      expect(within(table).getByRole('rowheader', { name: 'Accueil' }).closest('tr')).toHaveTextContent(
        'Nobody waiting',
      ),
    );
  });
});
