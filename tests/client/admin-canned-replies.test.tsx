import { screen, waitFor, within } from '@testing-library/react';
import { queryKeys } from '../../client/src/api/query-keys';
import {
  buildAdminCannedReply,
  withAdminCannedReplies,
  type AdminCannedRepliesOptions,
} from '../msw/admin-canned-replies-handlers';
import { withAdminRouting } from '../msw/admin-routing-handlers';
import { withAdminTelephony } from '../msw/admin-telephony-handlers';
import { buildAgent } from '../msw/factories';
import { createDeskBackend, type DeskBackendOptions } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

const server = startMswServer();

afterEach(() => {
  window.location.hash = '';
});

const hello = () => buildAdminCannedReply({ id: 'reply-hello', title: 'Hello', locale: 'en', tags: ['greeting'] });
const bonjour = () =>
  buildAdminCannedReply({
    id: 'reply-bonjour',
    title: 'Bonjour',
    body: 'Bonjour {visitorName}, je suis {agentName}.',
    locale: 'fr',
    tags: ['accueil'],
    position: 10,
  });

function startBackend(options: DeskBackendOptions & AdminCannedRepliesOptions = {}) {
  const desk = createDeskBackend({ agent: buildAgent({ role: 'admin', displayName: 'Alice Admin' }), ...options });
  const canned = withAdminCannedReplies(desk, { cannedReplies: options.cannedReplies ?? [hello(), bonjour()] });
  // The view shows every administration section: they need their API too.
  server.use(
    ...desk.handlers,
    ...withAdminTelephony(desk).handlers,
    ...withAdminRouting(desk).handlers,
    ...canned.handlers,
  );
  return { requests: desk.state.requests, canned: canned.canned };
}

async function openCannedReplies() {
  window.location.hash = '#/admin';
  const app = renderApp();
  await screen.findByRole('main', { name: 'Administration' });
  const section = screen.getByRole('region', { name: /Canned replies|Réponses types/ });
  return { ...app, section };
}

describe('canned replies administration', () => {
  it('lists the replies with their language, tags, text and state; the text is shown as typed, never as markup', async () => {
    startBackend({
      cannedReplies: [
        hello(),
        buildAdminCannedReply({
          id: 'r-old',
          title: 'Old offer',
          body: '<b>50%</b> off <img src=x onerror=alert(1)>',
          locale: 'en',
          tags: [],
          active: false,
        }),
      ],
    });
    const { section } = await openCannedReplies();

    const row = (await within(section).findByRole('rowheader', { name: 'Hello' })).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'English',
      'greeting',
      'Hello {visitorName}, I am {agentName}. How can I help you?',
      'In use',
      'EditRetire',
    ]);
    const old = within(section).getByRole('rowheader', { name: 'Old offer' }).closest('tr')!;
    expect(within(old).getByText('<b>50%</b> off <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(old.querySelector('img, b')).toBeNull();
    expect(within(old).getByText('Retired')).toBeInTheDocument();
    expect(within(old).getByRole('button', { name: 'Put Old offer back in use' })).toBeInTheDocument();
  });

  it('adds a reply through the form; the desk’s picker will search afresh', async () => {
    const { requests } = startBackend();
    const { section, user, queryClient } = await openCannedReplies();
    await within(section).findByRole('rowheader', { name: 'Hello' });
    const pickerKey = queryKeys.cannedReplies('', 'en');
    queryClient.setQueryData(pickerKey, []);

    const form = within(section).getByRole('form', { name: 'Add a canned reply' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Refund');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Language' }), 'English');
    await user.type(within(form).getByRole('textbox', { name: 'Tags (optional)' }), 'billing, refund');
    await user.type(within(form).getByRole('textbox', { name: 'Position (optional)' }), '20');
    await user.type(within(form).getByRole('textbox', { name: 'Text' }), 'Your refund is on its way, {{visitorName}.');
    await user.click(within(form).getByRole('button', { name: 'Add reply' }));

    const row = (await within(section).findByRole('rowheader', { name: 'Refund' })).closest('tr')!;
    expect(within(row).getByText('billing, refund')).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Reply “Refund” saved.');
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('');
    const posts = requests.filter((r) => r.method === 'POST' && r.path === '/api/admin/canned-replies');
    expect(posts.map((r) => r.body)).toEqual([
      {
        title: 'Refund',
        body: 'Your refund is on its way, {visitorName}.',
        locale: 'en',
        tags: ['billing', 'refund'],
        position: 20,
      },
    ]);
    expect(queryClient.getQueryState(pickerKey)?.isInvalidated).toBe(true);
  });

  it('edits a reply picked in the table', async () => {
    const { requests } = startBackend();
    const { section, user } = await openCannedReplies();

    await user.click(await within(section).findByRole('button', { name: 'Edit Bonjour' }));
    const form = within(section).getByRole('form', { name: 'Edit the reply “Bonjour”' });
    expect(within(form).getByRole('combobox', { name: 'Language' })).toHaveValue('fr');
    expect(within(form).getByRole('textbox', { name: 'Tags (optional)' })).toHaveValue('accueil');
    const text = within(form).getByRole('textbox', { name: 'Text' });
    await user.clear(text);
    await user.type(text, 'Bonjour {{visitorName}, que puis-je faire pour vous ?');
    await user.click(within(form).getByRole('button', { name: 'Save reply' }));

    const row = (await within(section).findByRole('rowheader', { name: 'Bonjour' })).closest('tr')!;
    expect(await within(row).findByText('Bonjour {visitorName}, que puis-je faire pour vous ?')).toBeInTheDocument();
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.body])).toEqual([
      [
        '/api/admin/canned-replies/reply-bonjour',
        {
          title: 'Bonjour',
          body: 'Bonjour {visitorName}, que puis-je faire pour vous ?',
          locale: 'fr',
          tags: ['accueil'],
          position: 10,
        },
      ],
    ]);
    expect(within(section).getByRole('form', { name: 'Add a canned reply' })).toBeInTheDocument();
  });

  it('retires a reply only after confirmation', async () => {
    const { requests } = startBackend();
    const { section, user } = await openCannedReplies();
    const deletes = () => requests.filter((r) => r.method === 'DELETE');

    await user.click(await within(section).findByRole('button', { name: 'Retire Hello' }));
    const confirm = within(section).getByRole('group', {
      name: 'Retire “Hello”? Agents will no longer find it; chats where it was sent keep their text.',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deletes()).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Retire Hello' }));
    await user.click(within(section).getByRole('button', { name: 'Yes, retire' }));

    const row = within(section).getByRole('rowheader', { name: 'Hello' }).closest('tr')!;
    expect(await within(row).findByText('Retired')).toBeInTheDocument();
    expect(deletes().map((r) => r.path)).toEqual(['/api/admin/canned-replies/reply-hello']);
    await user.click(within(row).getByRole('button', { name: 'Put Hello back in use' }));
    expect(await within(row).findByText('In use')).toBeInTheDocument();
  });

  it('says why a retired reply cannot be put back while another in use has its title', async () => {
    startBackend({
      cannedReplies: [
        hello(),
        buildAdminCannedReply({ id: 'r-old-hello', title: 'HELLO', locale: 'en', active: false }),
      ],
    });
    const { section, user } = await openCannedReplies();

    await user.click(await within(section).findByRole('button', { name: 'Put HELLO back in use' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'A reply in use has this title in this language: rename one of them first.',
    );
    expect(
      within(within(section).getByRole('rowheader', { name: 'HELLO' }).closest('tr')!).getByText('Retired'),
    ).toBeInTheDocument();
  });

  it('says which field is wrong before sending, naming an unknown placeholder', async () => {
    const { requests } = startBackend();
    const { section, user } = await openCannedReplies();
    const form = within(section).getByRole('form', { name: 'Add a canned reply' });

    await user.type(within(form).getByRole('textbox', { name: 'Text' }), 'Bonjour {{nom} !');
    await user.type(within(form).getByRole('textbox', { name: 'Tags (optional)' }), 'two words');
    await user.click(within(form).getByRole('button', { name: 'Add reply' }));

    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'Enter a title of at most 100 characters.',
    );
    expect(within(form).getByRole('textbox', { name: 'Text' })).toHaveAccessibleDescription(
      expect.stringContaining('Not a placeholder: {nom}. Only {agentName}, {visitorName} are filled in.'),
    );
    expect(within(form).getByRole('textbox', { name: 'Tags (optional)' })).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows the server’s refusal of a duplicate title on the title field', async () => {
    startBackend();
    const { section, user } = await openCannedReplies();
    const form = within(section).getByRole('form', { name: 'Add a canned reply' });

    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'hello');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Language' }), 'en');
    await user.type(within(form).getByRole('textbox', { name: 'Text' }), 'Hi there.');
    await user.click(within(form).getByRole('button', { name: 'Add reply' }));

    const title = within(form).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('A reply in use has this title in this language already.');
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('in French', () => {
  it('names the section, its columns, fields and actions in French', async () => {
    startBackend({ agent: buildAgent({ role: 'admin', locale: 'fr' }) });
    const { section, user } = await openCannedReplies();

    expect(within(section).getByRole('heading', { level: 2, name: 'Réponses types' })).toBeInTheDocument();
    const row = (await within(section).findByRole('rowheader', { name: 'Bonjour' })).closest('tr')!;
    expect(within(row).getByText('Français')).toBeInTheDocument();
    expect(within(row).getByText('En service')).toBeInTheDocument();
    expect(within(section).getByRole('columnheader', { name: 'Mots-clés' })).toBeInTheDocument();
    const form = within(section).getByRole('form', { name: 'Ajouter une réponse type' });
    expect(within(form).getByRole('textbox', { name: 'Titre' })).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(within(form).getByRole('textbox', { name: 'Texte' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Ajouter la réponse' }));
    expect(within(form).getByRole('textbox', { name: 'Titre' })).toHaveAccessibleDescription(
      'Saisissez un titre de 100 caractères au plus.',
    );

    await user.click(within(section).getByRole('button', { name: 'Retirer Bonjour' }));
    expect(within(section).getByRole('group', { name: /^Retirer « Bonjour » \?/ })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Oui, retirer' })).toBeInTheDocument();
  });
});
