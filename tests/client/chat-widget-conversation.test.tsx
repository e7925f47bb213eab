import { act, screen, waitFor, within } from '@testing-library/react';
import type { ChatMessage, VisitorConversation } from '@shared/schemas/chat';
import { buildChatMessage, buildVisitorConversation, createWidgetBackend, VISITOR_TOKEN } from '../msw/chat-handlers';
import { FakeVisitorSocket } from './support/fake-visitor-socket';
import { startMswServer } from './support/msw-server';
import { renderWidget } from './support/render-widget';

const server = startMswServer();

/** A visitor who already started a chat on this browser: the token is in localStorage. */
function returningVisitor(conversation: VisitorConversation) {
  window.localStorage.setItem('omnidesk.chat.visitorToken', VISITOR_TOKEN);
  const backend = createWidgetBackend({ conversation });
  server.use(...backend.handlers);
  return backend;
}

/** The server stores what the visitor sends and acknowledges it with the stored message. */
function storing(socket: FakeVisitorSocket, conversation: VisitorConversation) {
  const stored: ChatMessage[] = [];
  socket.answer('chat.send', (payload) => {
    const { clientMessageId, body } = payload as { clientMessageId: string; body: string };
    const message = buildChatMessage({ conversationId: conversation.id, clientMessageId, body, authorKind: 'visitor' });
    stored.push(message);
    return { ok: true, data: message };
  });
  return stored;
}

function messageList() {
  return screen.findByRole('list', { name: 'Messages' });
}

const ACTIVE = () =>
  buildVisitorConversation({
    state: 'active',
    agentName: 'Camille',
    queue: null,
    messages: [
      buildChatMessage({
        authorKind: 'visitor',
        authorName: 'Marie Dupont',
        body: 'Bonjour, ma box ne marche plus.',
        delivery: 'read',
      }),
      buildChatMessage({
        authorKind: 'agent',
        authorName: 'Camille',
        body: 'Bonjour Marie, je regarde.',
        clientMessageId: null,
      }),
    ],
  });

describe('chat widget: conversation', () => {
  it('after a reload, rejoins the same conversation with its whole history', async () => {
    const conversation = ACTIVE();
    const backend = returningVisitor(conversation);
    const { socket } = renderWidget();

    const list = await messageList();
    expect(within(list).getByText('Bonjour, ma box ne marche plus.')).toBeInTheDocument();
    expect(within(list).getByText('Bonjour Marie, je regarde.')).toBeInTheDocument();
    expect(within(list).getByText('Read')).toBeInTheDocument();
    expect(backend.state.requests.find((request) => request.path === '/api/widget/conversation')?.authorization).toBe(
      `Bearer ${VISITOR_TOKEN}`,
    );
    expect(socket.tokens).toEqual([VISITOR_TOKEN]);
    // The adviser's message is on screen: the visitor has read it.
    expect(socket.sentPayloads('chat.receipt')).toEqual([{ upToSeq: conversation.messages[1]!.seq, state: 'read' }]);
  });

  it('shows "Sending…" until the server acknowledges, then follows the delivery state to "Read"', async () => {
    const conversation = ACTIVE();
    returningVisitor(conversation);
    const socket = new FakeVisitorSocket();
    socket.answer('chat.send', () => null); // The ack is slow to come.
    const { user } = renderWidget({ socket });
    await messageList();

    await user.type(screen.getByRole('textbox', { name: 'Your message' }), 'Le voyant est rouge.{Enter}');
    const line = within(await messageList())
      .getByText('Le voyant est rouge.')
      .closest('li')!;
    expect(within(line).getByText('Sending…')).toBeInTheDocument();

    const sent = socket.sent.find((command) => command.event === 'chat.send')!;
    const { clientMessageId } = sent.payload as { clientMessageId: string };
    const stored = buildChatMessage({ conversationId: conversation.id, clientMessageId, body: 'Le voyant est rouge.' });
    socket.push('chat.message', { conversationId: conversation.id, message: stored });
    await waitFor(() => expect(within(line).getByText('Sent')).toBeInTheDocument());

    socket.push('chat.receipt', {
      conversationId: conversation.id,
      reader: 'agent',
      state: 'delivered',
      upToSeq: stored.seq,
    });
    await waitFor(() => expect(within(line).getByText('Delivered')).toBeInTheDocument());
    socket.push('chat.receipt', {
      conversationId: conversation.id,
      reader: 'agent',
      state: 'read',
      upToSeq: stored.seq,
    });
    await waitFor(() => expect(within(line).getByText('Read')).toBeInTheDocument());
    // A late ack (or a duplicate push) does not add the message twice.
    act(() => sent.ack?.({ ok: true, data: stored }));
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Messages' })).getAllByText('Le voyant est rouge.')).toHaveLength(
        1,
      ),
    );
  });

  it('keeps what is typed offline as "Sending…" and sends it again, with the same clientMessageId, on reconnect', async () => {
    const conversation = ACTIVE();
    returningVisitor(conversation);
    const socket = new FakeVisitorSocket();
    socket.answer('chat.send', () => null); // The network drops before the ack.
    const { user } = renderWidget({ socket });
    await messageList();

    await user.type(screen.getByRole('textbox', { name: 'Your message' }), 'Premier message{Enter}');
    socket.drop();
    expect(
      await screen.findByText('Connection lost. Your messages will be sent as soon as you are back online.'),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your message' }), 'Écrit hors ligne{Enter}');
    expect(
      within(await messageList())
        .getByText('Écrit hors ligne')
        .closest('li'),
    ).toHaveTextContent('Sending…');
    expect(socket.sentPayloads('chat.send')).toHaveLength(1); // Nothing is emitted while offline.

    const stored = storing(socket, conversation);
    socket.reconnect();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Messages' }))
          .getByText('Écrit hors ligne')
          .closest('li'),
      ).toHaveTextContent('Sent'),
    );
    const sends = socket.sentPayloads('chat.send') as { clientMessageId: string; body: string }[];
    expect(sends.map((send) => send.body)).toEqual(['Premier message', 'Premier message', 'Écrit hors ligne']);
    expect(sends[1]!.clientMessageId).toBe(sends[0]!.clientMessageId);
    expect(stored).toHaveLength(2);
    expect(window.localStorage.getItem('omnidesk.chat.outbox')).toBeNull();
  });

  it('explains a message over the size limit instead of sending it, and a rate-limit refusal with "Send again"', async () => {
    returningVisitor(ACTIVE());
    const socket = new FakeVisitorSocket();
    socket.answer('chat.send', () => ({
      ok: false,
      error: { code: 'rate_limited', reason: 'chat_messages_throttled', message: 'retry in 5 s' },
    }));
    const { user } = renderWidget({ socket });
    await messageList();
    const composer = screen.getByRole('textbox', { name: 'Your message' });

    await user.click(composer);
    await user.paste('x'.repeat(4001));
    expect(composer).toHaveAccessibleDescription('Your message is too long: 4000 characters at most (now 4001).');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();

    await user.clear(composer);
    await user.type(composer, 'Encore moi{Enter}');
    const line = within(await messageList())
      .getByText('Encore moi')
      .closest('li')!;
    await waitFor(() => expect(within(line).getByText('Not sent')).toBeInTheDocument());
    expect(composer).toHaveAccessibleDescription(
      'You are sending messages too quickly. Wait a few seconds, then try again.',
    );

    socket.answer('chat.send', (payload) => ({
      ok: true,
      data: buildChatMessage({ ...(payload as { clientMessageId: string; body: string }) }),
    }));
    await user.click(within(line).getByRole('button', { name: 'Send again' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Messages' }))
          .getByText('Encore moi')
          .closest('li'),
      ).toHaveTextContent('Sent'),
    );
  });

  it.each([
    ['en', 'Your message', 'This chat has ended. Start a new one to write to us again.'],
    ['fr', 'Votre message', 'Cette discussion est terminée. Démarrez-en une nouvelle pour nous écrire à nouveau.'],
  ] as const)(
    'says precisely why a message was refused (the chat has ended), in %s',
    async (locale, composerName, refusal) => {
      returningVisitor(ACTIVE());
      const socket = new FakeVisitorSocket();
      socket.answer('chat.send', () => ({
        ok: false,
        error: { code: 'conflict', reason: 'chat_ended', message: 'this chat has ended' },
      }));
      const { user } = renderWidget({ socket, locale });
      await messageList();
      const composer = screen.getByRole('textbox', { name: composerName });

      await user.type(composer, 'Encore moi{Enter}');
      await waitFor(() => expect(composer).toHaveAccessibleDescription(refusal));
    },
  );

  it('shows the adviser typing and tells the adviser when the visitor types', async () => {
    const conversation = ACTIVE();
    returningVisitor(conversation);
    const { user, socket } = renderWidget();
    await messageList();

    socket.push('chat.typing', { conversationId: conversation.id, author: 'agent', name: 'Camille', typing: true });
    expect(await screen.findByText('Camille is typing…')).toBeInTheDocument();
    socket.push('chat.message', {
      conversationId: conversation.id,
      message: buildChatMessage({ authorKind: 'agent', authorName: 'Camille', body: 'Voilà.', clientMessageId: null }),
    });
    await waitFor(() => expect(screen.queryByText('Camille is typing…')).not.toBeInTheDocument());

    await user.type(screen.getByRole('textbox', { name: 'Your message' }), 'Mer');
    expect(socket.sentPayloads('chat.typing')).toEqual([{ typing: true }]);
    await user.type(screen.getByRole('textbox', { name: 'Your message' }), 'ci{Enter}');
    expect(socket.sentPayloads('chat.typing')).toEqual([{ typing: true }, { typing: false }]);
  });

  it('moves from the queue to the conversation when an adviser joins', async () => {
    const conversation = buildVisitorConversation();
    returningVisitor(conversation);
    const { socket } = renderWidget();
    expect(await screen.findByRole('status', { name: 'An adviser will be with you shortly' })).toHaveTextContent(
      'You are number 3 in the queue.',
    );

    socket.push('chat.position', {
      conversationId: conversation.id,
      queue: { position: 1, waiting: 1, estimatedWaitSeconds: 30 },
    });
    expect(await screen.findByText('You are next in the queue.')).toBeInTheDocument();
    expect(screen.getByText('Estimated wait: less than a minute.')).toBeInTheDocument();

    const { messages: _messages, ...view } = conversation;
    socket.push('chat.updated', { ...view, state: 'active', agentName: 'Camille', queue: null });
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'An adviser will be with you shortly' })).not.toBeInTheDocument(),
    );
  });

  it('ends with the transcript offered by email, to the address given before', async () => {
    const conversation = { ...ACTIVE(), email: 'marie.dupont@example.test' };
    const backend = returningVisitor(conversation);
    const socket = new FakeVisitorSocket();
    const { messages: _messages, ...view } = conversation;
    socket.answer('chat.end', () => ({
      ok: true,
      data: { ...view, state: 'ended', endedBy: 'visitor', endedAt: new Date().toISOString() },
    }));
    const { user } = renderWidget({ socket });
    await messageList();

    await user.click(screen.getByRole('button', { name: 'End the chat' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end it' }));
    const ended = await screen.findByRole('region', { name: 'The chat has ended' });
    expect(ended).toHaveTextContent('You ended the chat. Thank you for contacting us.');
    const form = within(ended).getByRole('form', { name: 'Get the transcript by email' });
    expect(within(form).getByRole('textbox', { name: 'Email' })).toHaveValue('marie.dupont@example.test');
    await user.click(within(form).getByRole('button', { name: 'Send me the transcript' }));

    expect(await within(ended).findByRole('status')).toHaveTextContent(
      'The transcript is on its way to marie.dupont@example.test.',
    );
    expect(
      backend.state.requests.find((request) => request.path === '/api/widget/conversation/transcript')?.body,
    ).toEqual({ email: 'marie.dupont@example.test' });

    await user.click(screen.getByRole('button', { name: 'Start a new chat' }));
    expect(await screen.findByRole('form', { name: 'Start a chat' })).toBeInTheDocument();
    expect(window.localStorage.getItem('omnidesk.chat.visitorToken')).toBeNull();
  });

  it('when the conversation is gone, forgets the token and offers a new chat', async () => {
    window.localStorage.setItem('omnidesk.chat.visitorToken', 'a-token-the-server-no-longer-knows-0123456789');
    const backend = createWidgetBackend({ conversation: null });
    server.use(...backend.handlers);
    renderWidget();
    expect(
      await screen.findByText('This conversation is no longer available. You can start a new one.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Start a chat' })).toBeInTheDocument();
    expect(window.localStorage.getItem('omnidesk.chat.visitorToken')).toBeNull();
  });
});
