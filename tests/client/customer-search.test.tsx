import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { buildCustomer, buildIdentity } from '../msw/factories';
import { apiError, createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { renderApp } from './support/render-app';

const server = startMswServer();

function twoCustomers() {
  const emilie = buildCustomer({
    displayName: 'Émilie Dupin',
    identities: [buildIdentity({ value: '+33142685300', rawValue: '01 42 68 53 00', primary: true })],
  });
  const emile = buildCustomer({
    displayName: 'Émile Dupont',
    identities: [buildIdentity({ value: '+33142685301', rawValue: '01 42 68 53 01', primary: true })],
  });
  return { emilie, emile, backend: createDeskBackend({ customers: [emilie, emile] }) };
}

describe('customer search', () => {
  it('finds a customer by a phone number typed in another format and opens the card', async () => {
    const { emilie, backend } = twoCustomers();
    server.use(...backend.handlers);
    const { user } = renderApp();

    await user.type(await screen.findByRole('searchbox', { name: 'Search customers' }), '+33 1.42.68.53.00');
    const result = await screen.findByRole('button', { name: /Émilie Dupin/ });
    expect(result).toHaveTextContent('+33 1 42 68 53 00');
    expect(result).toHaveTextContent('Matched by phone');
    expect(screen.queryByRole('button', { name: /Émile Dupont/ })).not.toBeInTheDocument();

    await user.click(result);

    expect(await screen.findByRole('heading', { level: 2, name: 'Émilie Dupin' })).toHaveFocus();
    expect(result).toHaveAttribute('aria-current', 'true');
    const searches = backend.state.requests.filter((r) => r.path === '/api/customers');
    expect(searches.map((r) => r.search.get('q'))).toEqual(['+33 1.42.68.53.00']);
    expect(backend.state.requests.some((r) => r.path === `/api/customers/${emilie.id}`)).toBe(true);
  });

  it('opens the first result on Enter without waiting for the typing pause', async () => {
    const { backend } = twoCustomers();
    server.use(...backend.handlers);
    const { user } = renderApp();

    await user.type(await screen.findByRole('searchbox', { name: 'Search customers' }), 'dup{Enter}');

    expect(await screen.findByRole('heading', { level: 2, name: 'Émilie Dupin' })).toBeInTheDocument();
  });

  it('walks the results with the arrow keys', async () => {
    const { backend } = twoCustomers();
    server.use(...backend.handlers);
    const { user } = renderApp();

    await user.type(await screen.findByRole('searchbox', { name: 'Search customers' }), 'dup');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await user.keyboard('{ArrowDown}');
    expect(within(results).getAllByRole('button')[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(results).getAllByRole('button')[1]).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 2, name: 'Émile Dupont' })).toBeInTheDocument();
  });

  it('says when no customer matches', async () => {
    server.use(...twoCustomers().backend.handlers);
    const { user } = renderApp();

    await user.type(await screen.findByRole('searchbox', { name: 'Search customers' }), 'Martin');

    expect(await screen.findByText('No customer found for “Martin”.')).toBeInTheDocument();
  });

  it('shows a search failure in words', async () => {
    server.use(...twoCustomers().backend.handlers);
    server.use(http.get('*/api/customers', () => apiError('service_unavailable')));
    const { user } = renderApp();

    await user.type(await screen.findByRole('searchbox', { name: 'Search customers' }), 'Dupin');

    expect(await screen.findByRole('alert')).toHaveTextContent('The service is temporarily unavailable');
  });

  it('hints at what can be searched before anything is typed', async () => {
    server.use(...twoCustomers().backend.handlers);
    renderApp();

    const box = await screen.findByRole('searchbox', { name: 'Search customers' });
    expect(box).toHaveAccessibleDescription(/phone number in any format/);
    expect(box).toHaveAttribute('placeholder', expect.stringContaining('phone'));
  });
});
