import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { withAdminCannedReplies } from '../msw/admin-canned-replies-handlers';
import {
  withAdminRouting,
  buildQueue,
  buildRoutingAgent,
  type AdminRoutingOptions,
} from '../msw/admin-routing-handlers';
import { withAdminTelephony } from '../msw/admin-telephony-handlers';
import { buildAgent } from '../msw/factories';
import { apiError, createDeskBackend, type DeskBackendOptions } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

const server = startMswServer();

afterEach(() => {
  window.location.hash = '';
});

function startBackend(options: DeskBackendOptions & AdminRoutingOptions = {}) {
  const desk = createDeskBackend({ agent: buildAgent({ role: 'admin', displayName: 'Alice Admin' }), ...options });
  const routing = withAdminRouting(desk, options);
  server.use(
    ...desk.handlers,
    ...withAdminTelephony(desk).handlers,
    ...routing.handlers,
    ...withAdminCannedReplies(desk).handlers,
  );
  return { requests: desk.state.requests, routing: routing.routing };
}

async function openAdministration() {
  window.location.hash = '#/admin';
  const { user } = renderApp();
  await screen.findByRole('main', { name: /Administration/ });
  return user;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

describe('queues', () => {
  it('lists queues with their channels, skills, hours and service level', async () => {
    startBackend({
      queues: [
        buildQueue({ name: 'Accueil', channels: ['voice', 'chat'], requiredSkills: ['general', 'fr'], priority: 2 }),
      ],
    });
    await openAdministration();

    const row = (await screen.findByRole('rowheader', { name: 'Accueil' })).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Call, Chat',
      'general, fr',
      '2',
      'Mon–Fri 08:00–18:00',
      'Europe/Paris',
      '80% in 20 s',
      'Edit',
    ]);
  });

  it('creates a queue open weekdays 08:00-22:00 and Saturday 09:00-17:30 through the form', async () => {
    const { requests } = startBackend();
    const user = await openAdministration();
    const form = await screen.findByRole('form', { name: 'Create a queue' });

    await user.type(within(form).getByRole('textbox', { name: 'Queue name' }), 'Support N2');
    await user.click(within(form).getByRole('checkbox', { name: 'Call' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Chat' }));
    await user.type(within(form).getByRole('textbox', { name: /Required skills/ }), 'billing, fr');
    await user.clear(within(form).getByRole('textbox', { name: /Priority/ }));
    await user.type(within(form).getByRole('textbox', { name: /Priority/ }), '3');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Time zone' }), 'Europe/Brussels');
    for (const day of WEEKDAYS) {
      await user.selectOptions(within(form).getByRole('combobox', { name: `${day} hours` }), 'One interval');
      await user.type(within(form).getByRole('textbox', { name: `${day}, opens` }), '08:00');
      await user.type(within(form).getByRole('textbox', { name: `${day}, closes` }), '22:00');
    }
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Saturday hours' }), 'One interval');
    await user.type(within(form).getByRole('textbox', { name: 'Saturday, opens' }), '09:00');
    await user.type(within(form).getByRole('textbox', { name: 'Saturday, closes' }), '17:30');
    await user.clear(within(form).getByRole('textbox', { name: 'Service level target (%)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Service level target (%)' }), '90');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Outside business hours' }),
      'Offer a callback instead',
    );
    await user.click(within(form).getByRole('button', { name: 'Create queue' }));

    const row = (await screen.findByRole('rowheader', { name: 'Support N2' })).closest('tr')!;
    expect(row).toHaveTextContent('Mon–Fri 08:00–22:00');
    expect(row).toHaveTextContent('Sat 09:00–17:30');
    expect(row).toHaveTextContent('Europe/Brussels');
    expect(row).toHaveTextContent('90% in 20 s');
    const sent = requests.find((r) => r.method === 'POST' && r.path === '/api/admin/queues')!.body;
    expect(sent).toEqual({
      name: 'Support N2',
      channels: ['voice', 'chat'],
      requiredSkills: ['billing', 'fr'],
      priority: 3,
      timeZone: 'Europe/Brussels',
      businessHours: {
        mon: [['08:00', '22:00']],
        tue: [['08:00', '22:00']],
        wed: [['08:00', '22:00']],
        thu: [['08:00', '22:00']],
        fri: [['08:00', '22:00']],
        sat: [['09:00', '17:30']],
        sun: [],
      },
      serviceLevelPercent: 90,
      serviceLevelSeconds: 20,
      afterHoursAction: 'callback',
    });
    expect(within(form).getByRole('status')).toHaveTextContent('Queue Support N2 saved.');
    expect(within(form).getByRole('textbox', { name: 'Queue name' })).toHaveValue('');
  });

  it('says which fields are wrong before sending: no channel, overlapping hours', async () => {
    const { requests } = startBackend();
    const user = await openAdministration();
    const form = await screen.findByRole('form', { name: 'Create a queue' });

    await user.type(within(form).getByRole('textbox', { name: 'Queue name' }), 'Overlap');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Monday hours' }), 'Two intervals');
    await user.type(within(form).getByRole('textbox', { name: 'Monday, opens' }), '08:00');
    await user.type(within(form).getByRole('textbox', { name: 'Monday, closes' }), '13:00');
    await user.type(within(form).getByRole('textbox', { name: 'Monday, opens again' }), '12:00');
    await user.type(within(form).getByRole('textbox', { name: 'Monday, closes again' }), '18:00');
    await user.click(within(form).getByRole('button', { name: 'Create queue' }));

    expect(within(form).getByText('Choose at least one channel.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Monday hours' })).toHaveAccessibleDescription(
      /intervals not overlapping/,
    );
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/admin/queues')).toBe(false);
  });

  it('edits a queue: the form is filled from the row and saving sends a PUT', async () => {
    const { requests } = startBackend({ queues: [buildQueue({ id: 'q-accueil', name: 'Accueil', priority: 0 })] });
    const user = await openAdministration();

    await user.click(await screen.findByRole('button', { name: 'Edit queue Accueil' }));
    const form = screen.getByRole('form', { name: 'Edit queue Accueil' });
    expect(within(form).getByRole('combobox', { name: 'Friday hours' })).toHaveValue('one');
    expect(within(form).getByRole('checkbox', { name: 'Call' })).toBeChecked();
    await user.clear(within(form).getByRole('textbox', { name: /Priority/ }));
    await user.type(within(form).getByRole('textbox', { name: /Priority/ }), '5');
    await user.click(within(form).getByRole('button', { name: 'Save queue' }));

    const row = (await screen.findByRole('rowheader', { name: 'Accueil' })).closest('tr')!;
    await within(row).findByText('5');
    expect(requests.find((r) => r.method === 'PUT' && r.path === '/api/admin/queues/q-accueil')!.body).toMatchObject({
      name: 'Accueil',
      priority: 5,
    });
  });
});

describe('agents: skills and capacity', () => {
  it('edits an agent’s skills and chat capacity', async () => {
    const { requests } = startBackend({
      routingAgents: [buildRoutingAgent({ id: 'a-camille', displayName: 'Camille Laurent' })],
    });
    const user = await openAdministration();

    const row = (await screen.findByRole('rowheader', { name: 'Camille Laurent' })).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Agent', 'general', '1', '3', '5', 'Yes', 'Edit']);
    await user.click(screen.getByRole('button', { name: 'Edit skills and capacity of Camille Laurent' }));
    const form = screen.getByRole('form', { name: 'Skills and capacity of Camille Laurent' });
    const skills = within(form).getByRole('textbox', { name: /Skills/ });
    await user.clear(skills);
    await user.type(skills, 'general, billing');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Simultaneous chats/ }), '4');
    await user.click(within(form).getByRole('checkbox', { name: 'Keeps taking chats during a phone call' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Skills and capacity of Camille Laurent saved.')).toBeInTheDocument();
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Agent', 'general, billing', '1', '4', '5', 'No', 'Edit']);
    expect(requests.find((r) => r.method === 'PUT' && r.path === '/api/admin/agents/a-camille/routing')!.body).toEqual({
      skills: ['general', 'billing'],
      capacity: { voice: 1, chat: 4, email: 5 },
      keepsChatsDuringCall: false,
    });
    expect(screen.queryByRole('form', { name: 'Skills and capacity of Camille Laurent' })).not.toBeInTheDocument();
  });

  it('refuses a skill with spaces or capitals without sending', async () => {
    const { requests } = startBackend({ routingAgents: [buildRoutingAgent({ id: 'a-camille' })] });
    const user = await openAdministration();

    await user.click(await screen.findByRole('button', { name: 'Edit skills and capacity of Camille Laurent' }));
    const form = screen.getByRole('form', { name: 'Skills and capacity of Camille Laurent' });
    await user.type(within(form).getByRole('textbox', { name: /Skills/ }), ', Billing Team');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(within(form).getByRole('textbox', { name: /Skills/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('shows the server’s refusal of one capacity on that picker, not in a banner', async () => {
    startBackend({ routingAgents: [buildRoutingAgent({ id: 'a-camille' })] });
    server.use(
      http.put('*/api/admin/agents/:id/routing', () =>
        apiError('invalid_input', [{ path: 'capacity.chat', message: 'Too big: expected number to be <=6' }]),
      ),
    );
    const user = await openAdministration();

    await user.click(await screen.findByRole('button', { name: 'Edit skills and capacity of Camille Laurent' }));
    const form = screen.getByRole('form', { name: 'Skills and capacity of Camille Laurent' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const chats = within(form).getByRole('combobox', { name: /Simultaneous chats/ });
    await waitFor(() => expect(chats).toHaveAttribute('aria-invalid', 'true'));
    expect(chats).toHaveAccessibleDescription(expect.stringContaining('Choose from 0 to 6.'));
    expect(within(form).getByRole('combobox', { name: /Simultaneous calls/ })).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByRole('textbox', { name: /Skills/ })).not.toHaveAttribute('aria-invalid');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('in French', () => {
  it('names the sections, fields and buttons in French', async () => {
    startBackend({
      agent: buildAgent({ role: 'admin', locale: 'fr' }),
      queues: [buildQueue({ name: 'Accueil' })],
      routingAgents: [buildRoutingAgent({ displayName: 'Camille Laurent' })],
    });
    await openAdministration();

    expect(await screen.findByRole('heading', { level: 2, name: "Files d'attente" })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Agents : compétences et capacité' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: "Créer une file d'attente" });
    expect(within(form).getByRole('textbox', { name: 'Nom de la file' })).toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: 'Rappel' })).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Fuseau horaire' })).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Horaires : Samedi' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Créer la file' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Modifier la file Accueil' })).toBeInTheDocument();
    expect(await screen.findByText('lun.–ven. 08:00–18:00')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Modifier les compétences et la capacité de Camille Laurent' }),
    ).toBeInTheDocument();
  });
});
