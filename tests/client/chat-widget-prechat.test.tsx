import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { apiError } from '../msw/handlers';
import { buildWidgetTopic, CLOSED, createWidgetBackend, VISITOR_TOKEN } from '../msw/chat-handlers';
import { startMswServer } from './support/msw-server';
import { renderWidget } from './support/render-widget';

const server = startMswServer();

function setUp(options: Parameters<typeof createWidgetBackend>[0] = {}) {
  const backend = createWidgetBackend(options);
  server.use(...backend.handlers);
  return backend;
}

describe('chat widget: pre-chat form', () => {
  it('asks for a name and a topic, and refuses a malformed email or phone, before sending anything', async () => {
    const backend = setUp();
    const { user } = renderWidget();
    const form = await screen.findByRole('form', { name: 'Start a chat' });
    await screen.findByRole('option', { name: 'Billing' });

    await user.type(within(form).getByRole('textbox', { name: 'Email (optional)' }), 'marie@');
    await user.type(within(form).getByRole('textbox', { name: 'Phone (optional)' }), 'call me');
    await user.click(within(form).getByRole('button', { name: 'Start the chat' }));

    expect(within(form).getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription('Enter your name.');
    expect(within(form).getByRole('textbox', { name: 'Email (optional)' })).toHaveAccessibleDescription(
      'So we can send you the transcript or call you back. Enter a valid email address, or leave it empty.',
    );
    expect(within(form).getByRole('textbox', { name: 'Phone (optional)' })).toHaveAccessibleDescription(
      'Enter a valid phone number, or leave it empty.',
    );
    expect(within(form).getByRole('combobox', { name: 'Topic' })).toHaveAccessibleDescription('Choose a topic.');
    expect(backend.state.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('starts the chat with the topic chosen, keeps the visitor token, and shows the place in the queue', async () => {
    const topic = buildWidgetTopic();
    const backend = setUp({ topics: [topic] });
    const { user, socket } = renderWidget();
    const form = await screen.findByRole('form', { name: 'Start a chat' });
    await screen.findByRole('option', { name: 'Billing' });

    await user.type(within(form).getByRole('textbox', { name: 'Your name' }), 'Marie Dupont');
    await user.type(within(form).getByRole('textbox', { name: 'Phone (optional)' }), '01 42 68 53 00');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Topic' }), 'Billing');
    await user.type(within(form).getByRole('textbox', { name: 'Your question (optional)' }), 'Facture en double');
    await user.click(within(form).getByRole('button', { name: 'Start the chat' }));

    const waiting = await screen.findByRole('status', { name: 'An adviser will be with you shortly' });
    expect(waiting).toHaveTextContent('You are number 3 in the queue.');
    expect(waiting).toHaveTextContent('Estimated wait: about 4 min.');
    const started = backend.state.requests.find((request) => request.path === '/api/widget/conversations');
    expect(started?.body).toEqual({
      name: 'Marie Dupont',
      topicId: topic.id,
      locale: 'en',
      phone: '01 42 68 53 00',
      firstMessage: 'Facture en double',
    });
    expect(window.localStorage.getItem('omnidesk.chat.visitorToken')).toBe(VISITOR_TOKEN);
    expect(socket.tokens).toEqual([VISITOR_TOKEN]);
  });

  it('shows what the server refused on the field it names, and clears it once the visitor corrects it', async () => {
    setUp();
    server.use(
      http.post('*/api/widget/conversations', () =>
        apiError('invalid_input', [{ path: 'phone', message: 'not a phone number' }]),
      ),
    );
    const { user } = renderWidget();
    const form = await screen.findByRole('form', { name: 'Start a chat' });
    await screen.findByRole('option', { name: 'Billing' });

    await user.type(within(form).getByRole('textbox', { name: 'Your name' }), 'Marie Dupont');
    const phone = within(form).getByRole('textbox', { name: 'Phone (optional)' });
    await user.type(phone, '01 42 68 53 00');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Topic' }), 'Billing');
    await user.click(within(form).getByRole('button', { name: 'Start the chat' }));

    await waitFor(() => expect(phone).toHaveAccessibleDescription('Enter a valid phone number, or leave it empty.'));
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('textbox', { name: 'Your name' })).not.toHaveAttribute('aria-invalid');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(phone);
    expect(phone).not.toHaveAttribute('aria-invalid');
  });

  it('takes the topic from the page address', async () => {
    const topic = buildWidgetTopic({ label: { fr: 'Réclamations', en: 'Complaints' } });
    setUp({ topics: [buildWidgetTopic(), topic] });
    renderWidget({ presetTopicId: topic.id });
    await screen.findByRole('option', { name: 'Complaints' });
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveDisplayValue('Complaints');
  });

  it('out of hours, says so and offers to leave a message instead of waiting', async () => {
    const topic = buildWidgetTopic({ availability: CLOSED });
    const backend = setUp({ topics: [topic] });
    const { user } = renderWidget();
    const form = await screen.findByRole('form', { name: 'Start a chat' });
    await screen.findByRole('option', { name: 'Billing' });
    await user.type(within(form).getByRole('textbox', { name: 'Your name' }), 'Marie Dupont');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Topic' }), 'Billing');
    await user.click(within(form).getByRole('button', { name: 'Start the chat' }));

    expect(
      await screen.findByRole('heading', { name: 'Our advisers are not available right now.' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^We open again /)).toBeInTheDocument();
    expect(window.localStorage.getItem('omnidesk.chat.visitorToken')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Leave a message' }));
    const message = screen.getByRole('form', { name: 'Leave a message' });
    await user.click(within(message).getByRole('button', { name: 'Send' }));
    expect(within(message).getByRole('textbox', { name: 'Email for our answer' })).toHaveAccessibleDescription(
      'Enter the email address we should answer.',
    );
    await user.type(
      within(message).getByRole('textbox', { name: 'Email for our answer' }),
      'marie.dupont@example.test',
    );
    await user.type(within(message).getByRole('textbox', { name: 'Your message' }), 'Ma facture est fausse.');
    await user.click(within(message).getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Thank you. Your message has been sent; we will answer by email.',
    );
    expect(backend.state.requests.find((request) => request.path === '/api/widget/messages')?.body).toEqual({
      name: 'Marie Dupont',
      topicId: topic.id,
      email: 'marie.dupont@example.test',
      body: 'Ma facture est fausse.',
    });
  });

  it('with nobody free, offers a callback to the number given', async () => {
    const topic = buildWidgetTopic({
      availability: { ...CLOSED, reason: 'no_agents', nextOpening: null, alternatives: ['callback'] },
    });
    const backend = setUp({ topics: [topic] });
    const { user } = renderWidget();
    const form = await screen.findByRole('form', { name: 'Start a chat' });
    await screen.findByRole('option', { name: 'Billing' });
    await user.type(within(form).getByRole('textbox', { name: 'Your name' }), 'Marie Dupont');
    await user.type(within(form).getByRole('textbox', { name: 'Phone (optional)' }), '+33 1 42 68 53 00');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Topic' }), 'Billing');
    await user.click(within(form).getByRole('button', { name: 'Start the chat' }));

    expect(
      await screen.findByRole('heading', { name: 'No adviser can take your chat at the moment.' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leave a message' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask to be called back' }));
    const callback = screen.getByRole('form', { name: 'Ask to be called back' });
    expect(within(callback).getByRole('textbox', { name: 'Phone number to call' })).toHaveValue('+33 1 42 68 53 00');
    await user.click(within(callback).getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Thank you. We will call you back.');
    await waitFor(() =>
      expect(backend.state.requests.find((request) => request.path === '/api/widget/callbacks')?.body).toEqual({
        name: 'Marie Dupont',
        topicId: topic.id,
        phone: '+33 1 42 68 53 00',
      }),
    );
  });

  it('speaks French', async () => {
    setUp();
    renderWidget({ locale: 'fr' });
    const form = await screen.findByRole('form', { name: 'Démarrer une discussion' });
    expect(within(form).getByRole('textbox', { name: 'Votre nom' })).toBeInTheDocument();
    expect(await within(form).findByRole('option', { name: 'Facturation' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Démarrer la discussion' })).toBeInTheDocument();
  });
});
