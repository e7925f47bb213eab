import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import type { Agent } from '@shared/schemas/agent';
import type { ChatSummary } from '@shared/schemas/chat';
import type { Customer } from '@shared/schemas/customer';
import { buildChatMessage, buildChatSummary, withChats, type ChatOptions } from '../msw/chat-handlers';
import { buildAgent, buildCustomer } from '../msw/factories';
import { createDeskBackend } from '../msw/handlers';
import { buildOffer, withTransfers } from '../msw/transfer-handlers';
import { xssPayloads } from '../support/xss-corpus';
import { startMswServer } from './support/msw-server';
import { settle, waitForDesk } from './support/phone';
import { renderApp } from './support/render-app';
import { queryKeys } from '../../client/src/api/query-keys';

const server = startMswServer();

const DIRECTORY = {
  queues: [{ id: '7b0a1f8e-3c1d-4e2a-9f10-0a1b2c3d4e01', name: 'Support N2', channels: ['chat'] }],
  agents: [],
};

function setUp({
  agent = buildAgent(),
  chats = [],
  customers = [],
  ...chatOptions
}: { agent?: Agent; chats?: ChatSummary[]; customers?: Customer[] } & ChatOptions = {}) {
  const backend = createDeskBackend({ agent, chats, customers });
  const chatBackend = withChats(backend, chatOptions);
  server.use(
    ...backend.handlers,
    ...chatBackend.handlers,
    ...withTransfers(backend, { directory: DIRECTORY }).handlers,
  );
  return { backend, agent };
}

function chatTab(name: string | RegExp) {
  return screen.findByRole('tab', { name });
}

function openChat() {
  return screen.findByRole('tabpanel');
}

describe('desk chats', () => {
  it('holds several chats, one tab each with its unread count, and the open chat’s customer beside it', async () => {
    const customer = buildCustomer({ givenName: 'Luc', familyName: 'Martin', displayName: 'Luc Martin' });
    const marie = buildChatSummary({ visitorName: 'Marie Dupont' });
    const luc = buildChatSummary({
      visitorName: 'Luc',
      customerId: customer.id,
      customerName: 'Luc Martin',
      unread: 2,
    });
    const ana = buildChatSummary({ visitorName: 'Ana Costa' });
    const lucMessages = [
      buildChatMessage({ conversationId: luc.id, authorName: 'Luc', body: 'Allô ?' }),
      buildChatMessage({ conversationId: luc.id, authorName: 'Luc', body: 'Vous êtes là ?' }),
    ];
    const { backend } = setUp({ chats: [marie, luc, ana], customers: [customer], messages: { [luc.id]: lucMessages } });
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);

    const tabs = within(await screen.findByRole('tablist', { name: 'My chats' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Marie Dupont', 'Luc Martin2 unread', 'Ana Costa']);
    expect(await chatTab('Marie Dupont')).toHaveAttribute('aria-selected', 'true');

    socket.push('chat.message', {
      conversationId: ana.id,
      message: buildChatMessage({ conversationId: ana.id, authorName: 'Ana Costa', body: 'Bonjour' }),
    });
    expect(await chatTab('Ana Costa 1 unread')).toBeInTheDocument();

    await user.click(await chatTab(/Luc Martin/));
    const panel = await openChat();
    expect(within(panel).getByRole('heading', { name: 'Chat with Luc Martin' })).toBeInTheDocument();
    expect(await within(panel).findByText('Vous êtes là ?')).toBeInTheDocument();
    expect(await chatTab('Luc Martin')).toHaveAttribute('aria-selected', 'true');
    // The card and timeline of the chat's customer sit beside the conversation.
    expect(await screen.findByRole('heading', { level: 2, name: 'Luc Martin' })).toBeInTheDocument();
    await waitFor(() =>
      expect(backend.state.requests.find((request) => request.path === `/api/chats/${luc.id}/receipts`)?.body).toEqual({
        upToSeq: lucMessages[1]!.seq,
        state: 'read',
      }),
    );
    expect(await chatTab('Ana Costa 1 unread')).toBeInTheDocument();
  });

  it('opens a chat accepted from an offer, which reads as a chat with its customer, queue and waiting time', async () => {
    const { backend } = setUp();
    const offer = buildOffer({
      packet: null,
      contact: { channel: 'chat', customerName: 'Marie Dupont', queueName: 'Support', subject: 'Technical support' },
    });
    backend.state.offers = [offer];
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);

    const card = await screen.findByRole('region', { name: 'Offer' });
    expect(within(card).getByRole('heading', { name: 'New contact: Chat' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Customer: Marie Dupont');
    expect(card).toHaveTextContent('Queue: Support');
    expect(within(card).getByText(/^Waiting 4\d s$/)).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Accept' }));
    const chat = buildChatSummary({ contactId: offer.contact.id, visitorName: 'Marie Dupont' });
    backend.state.chats = [chat];
    socket.push('chat.updated', chat);
    expect(await chatTab('Marie Dupont')).toHaveAttribute('aria-selected', 'true');
    expect(within(await openChat()).getByRole('heading', { name: 'Chat with Marie Dupont' })).toBeInTheDocument();
  });

  it('shows the visitor typing, and my reply as "Sending…", then stored, then read', async () => {
    const chat = buildChatSummary();
    const { backend } = setUp({
      chats: [chat],
      messages: { [chat.id]: [buildChatMessage({ conversationId: chat.id })] },
    });
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const panel = await openChat();
    await within(panel).findByText('Bonjour, ma box ne marche plus.');

    socket.push('chat.typing', { conversationId: chat.id, author: 'visitor', name: 'Marie Dupont', typing: true });
    expect(await within(panel).findByText('Marie Dupont is typing…')).toBeInTheDocument();
    socket.push('chat.typing', { conversationId: chat.id, author: 'visitor', name: 'Marie Dupont', typing: false });
    await waitFor(() => expect(within(panel).queryByText('Marie Dupont is typing…')).not.toBeInTheDocument());

    // The server holds the answer until the test lets it through (a resolver returning nothing falls through).
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(http.post('*/api/chats/:id/messages', () => held));
    await user.type(within(panel).getByRole('textbox', { name: 'Reply' }), 'Je regarde votre ligne.{Enter}');
    expect((await within(panel).findByText('Je regarde votre ligne.')).closest('li')).toHaveTextContent('Sending…');
    answer();
    await waitFor(() =>
      expect(within(panel).getByText('Je regarde votre ligne.').closest('li')).toHaveTextContent('Sent'),
    );
    const line = within(panel).getByText('Je regarde votre ligne.').closest('li')!;
    const sent = backend.state.requests.find((request) => request.path === `/api/chats/${chat.id}/messages`)?.body as {
      clientMessageId: string;
      body: string;
    };
    expect(sent.body).toBe('Je regarde votre ligne.');
    expect(
      backend.state.requests
        .filter((request) => request.path === `/api/chats/${chat.id}/typing`)
        .map((request) => request.body),
    ).toEqual([{ typing: true }, { typing: false }]);

    const stored = queryClient
      .getQueryData(queryKeys.chat(chat.id))!
      .messages.find((message) => message.clientMessageId === sent.clientMessageId)!;
    socket.push('chat.receipt', { conversationId: chat.id, reader: 'visitor', state: 'read', upToSeq: stored.seq });
    await waitFor(() => expect(line).toHaveTextContent('Read'));
  });

  it('says when replies come too fast, and sends again with the same clientMessageId', async () => {
    const chat = buildChatSummary();
    const { backend } = setUp({ chats: [chat], refuseSendsWith: 'chat_messages_throttled' });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const panel = await openChat();

    await user.type(within(panel).getByRole('textbox', { name: 'Reply' }), 'Un instant{Enter}');
    const line = (await within(panel).findByText('Un instant')).closest('li')!;
    await waitFor(() =>
      expect(line).toHaveTextContent('Not sent: Too many messages in a short time. Wait a few seconds and send again.'),
    );

    await user.click(within(line).getByRole('button', { name: 'Send again' }));
    const sends = backend.state.requests
      .filter((request) => request.path === `/api/chats/${chat.id}/messages`)
      .map((request) => request.body as { clientMessageId: string });
    await waitFor(() => expect(sends).toHaveLength(2));
    expect(sends[1]!.clientMessageId).toBe(sends[0]!.clientMessageId);
  });

  it.each([
    ['en', 'Reply', 'Not sent: This chat is not in progress: no more messages can be sent.'],
    ['fr', 'Réponse', 'Non envoyé : Ce chat n’est pas en cours : aucun message ne peut plus être envoyé.'],
  ] as const)(
    'says precisely why a reply was refused (a chat no longer in progress), in %s',
    async (locale, composer, refusal) => {
      setUp({ agent: buildAgent({ locale }), chats: [buildChatSummary()], refuseSendsWith: 'chat_not_active' });
      const { user, queryClient } = renderApp();
      await waitForDesk(queryClient);
      const panel = await openChat();

      await user.type(within(panel).getByRole('textbox', { name: composer }), 'Un instant{Enter}');
      const line = (await within(panel).findByText('Un instant')).closest('li')!;
      await waitFor(() => expect(line).toHaveTextContent(refusal));
    },
  );

  it('inserts a canned reply with the names filled in, which I can still edit before sending', async () => {
    const chat = buildChatSummary({ visitorName: 'Marie Dupont' });
    const { backend } = setUp({ chats: [chat] });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const panel = await openChat();
    const reply = within(panel).getByRole('textbox', { name: 'Reply' });

    await user.click(within(panel).getByRole('button', { name: 'Canned replies' }));
    const picker = within(panel).getByRole('group', { name: 'Canned replies' });
    await user.click(await within(picker).findByRole('button', { name: 'Insert “Greeting”' }));
    expect(reply).toHaveValue('Hello Marie Dupont, I am Camille Laurent. How can I help?');
    expect(within(panel).queryByRole('group', { name: 'Canned replies' })).not.toBeInTheDocument();
    expect(
      backend.state.requests.find((request) => request.path === '/api/chats/canned-replies')?.search.get('locale'),
    ).toBe('en');

    await user.click(within(panel).getByRole('button', { name: 'Canned replies' }));
    await user.type(within(panel).getByRole('searchbox', { name: 'Search canned replies' }), 'box');
    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: 'Insert “Greeting”' })).not.toBeInTheDocument(),
    );
    expect(await within(panel).findByRole('button', { name: 'Insert “Restart the box”' })).toBeInTheDocument();
  });

  it('keeps what I was writing in a chat when I switch to another tab and back', async () => {
    setUp({
      chats: [buildChatSummary({ visitorName: 'Marie Dupont' }), buildChatSummary({ visitorName: 'Ana Costa' })],
    });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    await user.type(within(await openChat()).getByRole('textbox', { name: 'Reply' }), 'Je vérifie votre');

    await user.click(await chatTab('Ana Costa'));
    expect(within(await openChat()).getByRole('textbox', { name: 'Reply' })).toHaveValue('');
    await user.click(await chatTab('Marie Dupont'));
    expect(within(await openChat()).getByRole('textbox', { name: 'Reply' })).toHaveValue('Je vérifie votre');
  });

  it('transfers the chat with its context packet, from the transfer form of any contact; the tab goes once it is handed over', async () => {
    const chat = buildChatSummary({ lastMessage: buildChatMessage({ body: 'Voyant rouge depuis hier' }) });
    const { backend } = setUp({ chats: [chat] });
    const { user, socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const panel = await openChat();

    await user.click(within(panel).getByRole('button', { name: 'Transfer' }));
    const form = within(panel).getByRole('form', { name: 'Transfer with context' });
    expect(within(form).getByRole('textbox', { name: 'What the customer said' })).toHaveValue(
      'Voyant rouge depuis hier',
    );
    await screen.findByRole('option', { name: 'Support N2' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Queue' }), 'Support N2');
    await user.click(within(form).getByRole('radio', { name: 'Cold (I leave now)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Panne niveau 2');
    await user.type(within(form).getByRole('textbox', { name: 'What was tried' }), 'Redémarrage');
    await user.click(within(form).getByRole('button', { name: 'Transfer' }));

    await waitFor(() =>
      expect(
        backend.state.requests.find((request) => request.path === `/api/contacts/${chat.contactId}/transfers`)?.body,
      ).toMatchObject({
        to: { kind: 'queue', id: DIRECTORY.queues[0]!.id },
        mode: 'cold',
        reason: 'Panne niveau 2',
        summary: 'Voyant rouge depuis hier',
      }),
    );
    socket.push('chat.removed', { conversationId: chat.id, contactId: chat.contactId });
    await waitFor(() => expect(screen.queryByRole('tablist', { name: 'My chats' })).not.toBeInTheDocument());
  });

  it('closes the chat with a disposition: one must be chosen, then the tab leaves the desk', async () => {
    const chat = buildChatSummary({ state: 'ended', endedBy: 'visitor' });
    const other = buildChatSummary({ visitorName: 'Ana Costa' });
    const { backend } = setUp({ chats: [chat, other] });
    const { user, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const panel = await openChat();
    expect(panel).toHaveTextContent('The visitor ended the chat. Close it with a disposition.');
    expect(within(panel).queryByRole('textbox', { name: 'Reply' })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Close the chat' }));
    const form = within(panel).getByRole('form', { name: 'Close the chat' });
    await user.click(within(form).getByRole('button', { name: 'Close with this disposition' }));
    expect(within(form).getByRole('combobox', { name: 'Disposition' })).toHaveAccessibleDescription(
      'Choose a disposition.',
    );
    await within(form).findByRole('option', { name: 'Resolved' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Disposition' }), 'Resolved');
    await user.type(within(form).getByRole('textbox', { name: 'Note (optional)' }), 'Box remplacée');
    await user.click(within(form).getByRole('button', { name: 'Close with this disposition' }));

    await waitFor(() => expect(screen.queryByRole('tab', { name: 'Marie Dupont' })).not.toBeInTheDocument());
    expect(await chatTab('Ana Costa')).toHaveAttribute('aria-selected', 'true');
    expect(backend.state.requests.find((request) => request.path === `/api/chats/${chat.id}/close`)?.body).toEqual({
      disposition: 'resolved',
      note: 'Box remplacée',
    });
  });

  it('shows HTML and script payloads typed by a visitor as inert text (XSS corpus)', async () => {
    const payloads = xssPayloads();
    const chat = buildChatSummary({ visitorName: '<img src=x onerror=alert(1)>' });
    const history = payloads
      .slice(0, -1)
      .map((body) => buildChatMessage({ conversationId: chat.id, authorName: '<b>Marie</b>', body }));
    setUp({ chats: [chat], messages: { [chat.id]: history } });
    const { socket, queryClient } = renderApp();
    await waitForDesk(queryClient);
    const panel = await openChat();
    const list = await within(panel).findByRole('list', { name: 'Messages' });
    socket.push('chat.message', {
      conversationId: chat.id,
      message: buildChatMessage({ conversationId: chat.id, body: payloads[payloads.length - 1]! }),
    });
    await settle();

    const bodies = Array.from(list.querySelectorAll('.chat-message__body'));
    expect(bodies).toHaveLength(payloads.length);
    expect(bodies.map((body) => body.textContent)).toEqual(payloads);
    // Nothing was built from the payloads: only the list's own elements exist.
    const tags = new Set(Array.from(list.querySelectorAll('*'), (element) => element.tagName));
    expect([...tags].sort()).toEqual(['LI', 'P', 'SPAN', 'TIME']);
    expect(await chatTab('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(
      document.querySelectorAll('img, script, iframe, svg, object, embed, math, form[action], [onerror], [onload]'),
    ).toHaveLength(0);
  });

  it('restores my chats, with their whole history, after a reload', async () => {
    const chat = buildChatSummary();
    setUp({
      chats: [chat],
      messages: { [chat.id]: [buildChatMessage({ conversationId: chat.id, body: 'Avant le rechargement' })] },
    });
    const first = renderApp();
    await waitForDesk(first.queryClient);
    expect(await within(await openChat()).findByText('Avant le rechargement')).toBeInTheDocument();
    first.unmount();

    const { queryClient } = renderApp();
    await waitForDesk(queryClient);
    expect(await chatTab('Marie Dupont')).toBeInTheDocument();
    expect(await within(await openChat()).findByText('Avant le rechargement')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    const chat = buildChatSummary({ unread: 1 });
    setUp({
      agent: buildAgent({ locale: 'fr' }),
      chats: [chat, buildChatSummary({ visitorName: 'Ana Costa', unread: 3 })],
    });
    const { queryClient } = renderApp();
    await waitForDesk(queryClient);
    expect(await screen.findByRole('tablist', { name: 'Mes chats' })).toBeInTheDocument();
    expect(await chatTab('Ana Costa 3 non lu(s)')).toBeInTheDocument();
    const panel = await openChat();
    expect(within(panel).getByRole('textbox', { name: 'Réponse' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Clôturer le chat' })).toBeInTheDocument();
  });
});
