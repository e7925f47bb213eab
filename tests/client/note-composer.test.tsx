import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { buildAgent, buildCustomer, buildTimelineHistory } from '../msw/factories';
import { apiError, createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { openCustomer } from './support/open-customer';
import { renderApp } from './support/render-app';

const server = startMswServer();

function deskWithOneCustomer() {
  const customer = buildCustomer();
  const backend = createDeskBackend({
    customers: [customer],
    timelines: { [customer.id]: buildTimelineHistory(customer.id, 2) },
  });
  server.use(...backend.handlers);
  return { customer, backend };
}

describe('adding a note', () => {
  it('adds the note at the top of the timeline and clears the box', async () => {
    const { customer, backend } = deskWithOneCustomer();
    const { user } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 2');

    const box = screen.getByRole('textbox', { name: 'Add a note' });
    await user.type(box, 'Customer moved to Lyon.{Enter}New billing address to confirm.');
    expect(box).toHaveAccessibleDescription(/55 \/ 10000/);
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const note = await screen.findByText(/Customer moved to Lyon\./);
    expect(note).toHaveTextContent('Customer moved to Lyon.\nNew billing address to confirm.', {
      normalizeWhitespace: false,
    });
    expect(within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('article')[0]).toContainElement(note);
    expect(box).toHaveValue('');
    expect(backend.state.requests.find((r) => r.method === 'POST' && r.path.endsWith('/timeline'))?.body).toEqual({
      body: 'Customer moved to Lyon.\nNew billing address to confirm.',
    });
  });

  it('keeps a note once when its live push arrives too', async () => {
    const { customer, backend } = deskWithOneCustomer();
    const { user, socket } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 2');

    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Called back, all good.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('Called back, all good.');
    socket.push('timeline.appended', backend.state.timelines.get(customer.id)![0]!);

    await screen.findByText('Called back, all good.');
    expect(screen.getAllByText('Called back, all good.')).toHaveLength(1);
  });

  it('shows a hostile note as literal text', async () => {
    const { customer } = deskWithOneCustomer();
    const { user } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 2');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';

    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), hostile.replace(/[[{]/g, '$&$&'));
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const shown = await screen.findByText(hostile);
    expect(shown.closest('article')!.querySelector('img, script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('adds with Ctrl+Enter', async () => {
    const { customer } = deskWithOneCustomer();
    const { user } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 2');

    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Quick note{Control>}{Enter}{/Control}');

    expect(await screen.findByText('Quick note')).toBeInTheDocument();
  });

  it('refuses an empty note without calling the server', async () => {
    const { customer, backend } = deskWithOneCustomer();
    const { user } = renderApp();
    await openCustomer(user, customer);

    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveAccessibleDescription(/Write the note first\./);
    expect(backend.state.requests.some((r) => r.method === 'POST' && r.path.endsWith('/timeline'))).toBe(false);
  });

  it('shows what the server rejected and keeps the text', async () => {
    const { customer } = deskWithOneCustomer();
    const { user } = renderApp();
    await openCustomer(user, customer);
    server.use(
      http.post('*/api/customers/:id/timeline', () =>
        apiError('invalid_input', [
          { path: 'body', message: 'too long' },
          { path: 'caseId', message: 'not an open case of this customer' },
        ]),
      ),
    );

    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Something');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some fields are not valid.');
    expect(alert).toHaveTextContent('A note must have between 1 and 10000 characters.');
    expect(alert).toHaveTextContent('caseId: not an open case of this customer');
    expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveValue('Something');
  });

  it('limits the note to the length the server accepts', async () => {
    const { customer } = deskWithOneCustomer();
    const { user } = renderApp();
    await openCustomer(user, customer);

    expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveAttribute('maxLength', '10000');
  });

  it('is not offered to an admin, whose notes the server refuses', async () => {
    const customer = buildCustomer();
    const backend = createDeskBackend({
      agent: buildAgent({ role: 'admin' }),
      customers: [customer],
      timelines: { [customer.id]: buildTimelineHistory(customer.id, 2) },
    });
    server.use(...backend.handlers);
    const { user } = renderApp();
    await openCustomer(user, customer);
    await screen.findByText('history note 2');
    expect(screen.queryByRole('textbox', { name: 'Add a note' })).not.toBeInTheDocument();
  });
});
