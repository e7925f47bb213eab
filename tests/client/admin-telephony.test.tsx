import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { buildAgent, buildBlockedNumber, buildPbx } from '../msw/factories';
import { withAdminCannedReplies } from '../msw/admin-canned-replies-handlers';
import { withAdminRouting } from '../msw/admin-routing-handlers';
import { withAdminTelephony, type AdminTelephonyOptions } from '../msw/admin-telephony-handlers';
import { apiError, createDeskBackend, type DeskBackendOptions } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

const server = startMswServer();

afterEach(() => {
  window.location.hash = '';
});

function startBackend(options: DeskBackendOptions & AdminTelephonyOptions = {}) {
  const desk = createDeskBackend({ agent: buildAgent({ role: 'admin', displayName: 'Alice Admin' }), ...options });
  const telephony = withAdminTelephony(desk, options);
  // The view also shows the routing and canned replies sections: they need their API too.
  server.use(
    ...desk.handlers,
    ...telephony.handlers,
    ...withAdminRouting(desk).handlers,
    ...withAdminCannedReplies(desk).handlers,
  );
  return { requests: desk.state.requests, admin: telephony.admin };
}

async function openAdministration(user: ReturnType<typeof renderApp>['user']) {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Administration' }));
  return screen.findByRole('main', { name: 'Administration' });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('administration entry', () => {
  it('is offered to an admin, who switches between the desk and administration', async () => {
    startBackend();
    const { user } = renderApp();

    await openAdministration(user);
    expect(screen.getByRole('heading', { level: 2, name: 'PBX connections' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Blocked numbers' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Wrap-up dispositions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Administration' })).toHaveAttribute('aria-current', 'page');
    expect(window.location.hash).toBe('#/admin');

    await user.click(screen.getByRole('link', { name: 'Desk' }));
    expect(await screen.findByRole('searchbox', { name: 'Search customers' })).toBeInTheDocument();
    expect(screen.queryByRole('main', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('keeps the administration open across a reload', async () => {
    window.location.hash = '#/admin';
    startBackend();
    renderApp();

    expect(await screen.findByRole('main', { name: 'Administration' })).toBeInTheDocument();
  });

  it('is neither offered nor opened for an agent', async () => {
    window.location.hash = '#/admin';
    server.use(...createDeskBackend({ agent: buildAgent({ role: 'agent' }) }).handlers);
    renderApp();

    expect(await screen.findByRole('searchbox', { name: 'Search customers' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('main', { name: 'Administration' })).not.toBeInTheDocument();
  });
});

describe('PBX connections', () => {
  it('lists PBXs with their signature, last event and status', async () => {
    startBackend({
      pbxs: [
        buildPbx({
          id: 'p1',
          name: 'Asterisk Paris',
          signed: true,
          lastEventAt: new Date(Date.now() - 5 * 60_000).toISOString(),
        }),
        buildPbx({ id: 'p2', name: 'Old Lyon', signed: false, revokedAt: '2026-11-02T09:00:00.000Z' }),
      ],
    });
    const { user } = renderApp();
    await openAdministration(user);

    const paris = (await screen.findByRole('rowheader', { name: 'Asterisk Paris' })).closest('tr')!;
    expect(within(paris).getByText('Signed')).toBeInTheDocument();
    expect(within(paris).getByText('5 min. ago')).toBeInTheDocument();
    expect(within(paris).getByText('Active')).toBeInTheDocument();
    const lyon = screen.getByRole('rowheader', { name: 'Old Lyon' }).closest('tr')!;
    expect(within(lyon).getByText('Not signed')).toBeInTheDocument();
    expect(within(lyon).getByText('Never')).toBeInTheDocument();
    expect(within(lyon).getByText('Revoked')).toBeInTheDocument();
    expect(within(lyon).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the token once, as the webhook URL, until dismissed', async () => {
    const { requests } = startBackend({ nextToken: 'tok_abc123' });
    const { user } = renderApp();
    await openAdministration(user);
    const pbx = section('PBX connections');

    await user.type(within(pbx).getByRole('textbox', { name: 'PBX name' }), 'Asterisk Lille');
    await user.type(within(pbx).getByLabelText('Signing secret (optional)'), 'a-very-long-signing-secret');
    await user.click(within(pbx).getByRole('button', { name: 'Create connection' }));

    const reveal = await within(pbx).findByRole('region', { name: 'Connection created: Asterisk Lille' });
    expect(within(reveal).getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(
      `${window.location.origin}/api/cti/tok_abc123`,
    );
    expect(reveal).toHaveTextContent('The token will not be shown again.');
    expect(await within(pbx).findByRole('rowheader', { name: 'Asterisk Lille' })).toBeInTheDocument();
    expect(within(pbx).getByRole('textbox', { name: 'PBX name' })).toHaveValue('');
    const posts = requests.filter((r) => r.method === 'POST' && r.path === '/api/admin/pbx');
    expect(posts.map((r) => r.body)).toEqual([{ name: 'Asterisk Lille', signingSecret: 'a-very-long-signing-secret' }]);

    await user.click(within(reveal).getByRole('button', { name: 'I have copied it, hide the token' }));
    expect(screen.queryByRole('region', { name: /Connection created/ })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(/tok_abc123/)).not.toBeInTheDocument();
  });

  it('copies the webhook URL when the browser allows it', async () => {
    startBackend({ nextToken: 'tok_copy' });
    const { user } = renderApp();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await openAdministration(user);

    await user.type(screen.getByRole('textbox', { name: 'PBX name' }), 'Copy PBX');
    await user.click(screen.getByRole('button', { name: 'Create connection' }));
    await user.click(await screen.findByRole('button', { name: 'Copy webhook URL' }));

    expect(await screen.findByText('Webhook URL copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/api/cti/tok_copy`);
  });

  it('shows a name conflict on the name field', async () => {
    startBackend({ pbxs: [buildPbx({ name: 'Asterisk Paris' })] });
    const { user } = renderApp();
    await openAdministration(user);

    const name = screen.getByRole('textbox', { name: 'PBX name' });
    await user.type(name, 'Asterisk Paris');
    await user.click(screen.getByRole('button', { name: 'Create connection' }));

    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('A PBX with this name exists already.');
    expect(screen.queryByRole('region', { name: /Connection created/ })).not.toBeInTheDocument();
  });

  it('revokes only after confirmation', async () => {
    const { requests } = startBackend({ pbxs: [buildPbx({ id: 'pbx-7', name: 'Asterisk Paris' })] });
    const { user } = renderApp();
    await openAdministration(user);
    const deletes = () => requests.filter((r) => r.method === 'DELETE');

    await user.click(await screen.findByRole('button', { name: 'Revoke Asterisk Paris' }));
    const confirm = screen.getByRole('group', {
      name: 'Revoke Asterisk Paris? Its events will be refused from now on.',
    });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deletes()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Revoke Asterisk Paris' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));

    const row = screen.getByRole('rowheader', { name: 'Asterisk Paris' }).closest('tr')!;
    expect(await within(row).findByText('Revoked')).toBeInTheDocument();
    expect(deletes().map((r) => r.path)).toEqual(['/api/admin/pbx/pbx-7']);
  });
});

describe('blocked numbers', () => {
  it('blocks a number and lists it in international form', async () => {
    const { requests } = startBackend({ blocked: [buildBlockedNumber({ value: 'ANONYMOUS-ISH', reason: null })] });
    const { user } = renderApp();
    await openAdministration(user);
    const blocked = section('Blocked numbers');
    expect(await within(blocked).findByText('ANONYMOUS-ISH')).toBeInTheDocument();

    await user.type(within(blocked).getByRole('textbox', { name: 'Number to block' }), '06 12 34 56 78');
    await user.type(within(blocked).getByRole('textbox', { name: 'Reason (optional)' }), 'Nuisance calls');
    await user.click(within(blocked).getByRole('button', { name: 'Block number' }));

    const list = within(blocked).getByRole('list', { name: 'Blocked numbers' });
    expect(await within(list).findByText('+33 6 12 34 56 78')).toBeInTheDocument();
    expect(within(list).getByText('Nuisance calls')).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST' && r.path === '/api/admin/blocked-numbers');
    expect(posts.map((r) => r.body)).toEqual([{ number: '06 12 34 56 78', reason: 'Nuisance calls' }]);
  });

  it('shows why a number was refused on the number field', async () => {
    startBackend();
    const { user } = renderApp();
    await openAdministration(user);

    const number = screen.getByRole('textbox', { name: 'Number to block' });
    await user.type(number, 'anonymous');
    await user.click(screen.getByRole('button', { name: 'Block number' }));

    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(number).toHaveAccessibleDescription(expect.stringContaining('A withheld number cannot be blocked.'));
  });

  it('unblocks a number', async () => {
    const { requests } = startBackend({ blocked: [buildBlockedNumber({ id: 'b-9', value: '+33612345678' })] });
    const { user } = renderApp();
    await openAdministration(user);

    await user.click(await screen.findByRole('button', { name: 'Unblock +33 6 12 34 56 78' }));

    expect(await screen.findByText('No blocked number.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/api/admin/blocked-numbers/b-9',
    ]);
  });
});

describe('wrap-up dispositions', () => {
  it('adds a disposition with both labels', async () => {
    const { requests } = startBackend();
    const { user } = renderApp();
    await openAdministration(user);
    const dispositions = section('Wrap-up dispositions');
    expect(await within(dispositions).findByRole('rowheader', { name: 'resolved' })).toBeInTheDocument();

    await user.type(within(dispositions).getByRole('textbox', { name: 'Code' }), 'wrong_number');
    await user.type(within(dispositions).getByRole('textbox', { name: 'French label' }), 'Faux numéro');
    await user.type(within(dispositions).getByRole('textbox', { name: 'English label' }), 'Wrong number');
    await user.type(within(dispositions).getByRole('textbox', { name: 'Position (optional)' }), '30');
    await user.click(within(dispositions).getByRole('button', { name: 'Save disposition' }));

    const row = (await within(dispositions).findByRole('rowheader', { name: 'wrong_number' })).closest('tr')!;
    expect(within(row).getByText('Faux numéro')).toBeInTheDocument();
    expect(within(row).getByText('Wrong number')).toBeInTheDocument();
    const puts = requests.filter((r) => r.method === 'PUT' && r.path === '/api/admin/dispositions');
    expect(puts.map((r) => r.body)).toEqual([
      { code: 'wrong_number', labelFr: 'Faux numéro', labelEn: 'Wrong number', position: 30 },
    ]);
  });

  it('says which field is wrong before sending', async () => {
    const { requests } = startBackend();
    const { user } = renderApp();
    await openAdministration(user);

    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'Bad Code');
    await user.click(screen.getByRole('button', { name: 'Save disposition' }));

    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(
      expect.stringContaining('Start with a letter, then 1 to 62 lower-case letters, digits or _.'),
    );
    expect(screen.getByRole('textbox', { name: 'French label' })).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('retires a disposition after confirmation', async () => {
    const { requests } = startBackend();
    const { user } = renderApp();
    await openAdministration(user);

    await user.click(await screen.findByRole('button', { name: 'Retire resolved' }));
    await user.click(screen.getByRole('button', { name: 'Yes, retire' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'resolved' })).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/api/admin/dispositions/resolved',
    ]);
  });

  it('says when the list cannot be read', async () => {
    startBackend();
    server.use(http.get('*/api/admin/pbx', () => apiError('role_required')));
    const { user } = renderApp();
    await openAdministration(user);

    expect(await within(section('PBX connections')).findByRole('alert')).toHaveTextContent(
      'Your role does not allow this. Ask a supervisor or an administrator.',
    );
  });
});

describe('in French', () => {
  it('names the view, its sections and fields in French', async () => {
    startBackend({ agent: buildAgent({ role: 'admin', locale: 'fr' }) });
    const { user } = renderApp();

    const nav = await screen.findByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Poste' })).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Administration' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Connexions PBX' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Numéros bloqués' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Qualifications de clôture' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nom du PBX' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Numéro à bloquer' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Libellé français' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Créer la connexion' })).toBeInTheDocument();
  });
});
