import { screen, within } from '@testing-library/react';
import { buildAddress, buildCase, buildCustomer, buildIdentity } from '../msw/factories';
import { createDeskBackend } from '../msw/handlers';
import { startMswServer } from './support/msw-server';
import { openCustomer } from './support/open-customer';
import { renderApp } from './support/render-app';

const server = startMswServer();

function cardOf(heading: HTMLElement): HTMLElement {
  return heading.closest('section')!;
}

describe('the customer card', () => {
  it('warns that bills go to an old address and that a complaint is open (field notes 1 and 5)', async () => {
    const billing = buildAddress({
      role: 'billing',
      line1: '12 rue des Lilas',
      postalCode: '75011',
      city: 'Paris',
      validFrom: '2015-01-01',
    });
    const home = buildAddress({
      role: 'home',
      line1: '3 avenue Foch',
      postalCode: '69006',
      city: 'Lyon',
      validFrom: '2026-04-01',
    });
    const complaint = buildCase({ category: 'complaint', subject: 'Line cut while bills went to the old address' });
    const customer = buildCustomer({
      addresses: [billing, home],
      openCases: [complaint],
      flags: [
        { code: 'billing_address_mismatch', billingAddressId: billing.id, newestAddressId: home.id },
        { code: 'open_complaint', caseId: complaint.id },
      ],
    });
    server.use(...createDeskBackend({ customers: [customer] }).handlers);
    const { user } = renderApp();

    await openCustomer(user, customer);

    const warnings = within(screen.getByRole('group', { name: 'Warnings' })).getAllByRole('alert');
    expect(warnings[0]).toHaveTextContent('Billing address differs from the newest home/service address');
    expect(warnings[0]).toHaveTextContent(
      'Bills go to 12 rue des Lilas, 75011 Paris, FR, but the newest home address is 3 avenue Foch, 69006 Lyon, FR.',
    );
    expect(warnings[1]).toHaveTextContent('This customer has an open complaint');
    expect(warnings[1]).toHaveTextContent('Open complaint: Line cut while bills went to the old address');
  });

  it('shows identities by kind, phones as typed and in E.164, and flags an invalid number', async () => {
    const customer = buildCustomer({
      identities: [
        buildIdentity({ value: '+33142685300', rawValue: '01 42 68 53 00', verified: true, primary: true }),
        buildIdentity({ value: '3117', rawValue: '3117', valid: false }),
        buildIdentity({ kind: 'email', value: 'emilie.dupin@example.fr', rawValue: 'Emilie.Dupin@example.fr' }),
      ],
    });
    server.use(...createDeskBackend({ customers: [customer] }).handlers);
    const { user } = renderApp();

    const card = cardOf(await openCustomer(user, customer));

    const phones = within(card).getByRole('heading', { level: 4, name: 'Phones' }).nextElementSibling as HTMLElement;
    const [valid, invalid] = within(phones).getAllByRole('listitem');
    expect(valid).toHaveTextContent('01 42 68 53 00');
    expect(valid).toHaveTextContent('E.164 +33142685300');
    expect(valid).toHaveTextContent('verified');
    expect(invalid).toHaveTextContent('3117');
    expect(invalid).toHaveTextContent('not a valid number');
    expect(within(card).getByRole('heading', { level: 4, name: 'Emails' })).toBeInTheDocument();
    expect(within(card).getByText('emilie.dupin@example.fr')).toBeInTheDocument();
  });

  it('lists addresses with their role and dates, current ones first', async () => {
    const customer = buildCustomer({
      addresses: [
        buildAddress({ role: 'home', line1: '8 rue Ancienne', validFrom: '2010-01-01', validTo: '2026-03-31' }),
        buildAddress({ role: 'service', line1: '3 avenue Foch', validFrom: '2026-04-01' }),
      ],
    });
    server.use(...createDeskBackend({ customers: [customer] }).handlers);
    const { user } = renderApp();

    const card = cardOf(await openCustomer(user, customer));

    const addresses = within(card).getByRole('heading', { level: 3, name: 'Addresses' }).closest('section')!;
    const [current, ended] = within(addresses).getAllByRole('listitem');
    expect(current).toHaveTextContent('Service');
    expect(current).toHaveTextContent('current');
    expect(current).toHaveTextContent('From Apr 1, 2026');
    expect(ended).toHaveTextContent('8 rue Ancienne');
    expect(ended).toHaveTextContent('ended');
    expect(ended).toHaveTextContent('From Jan 1, 2010 to Mar 31, 2026');
  });

  it('shows open cases with their owner and flags an overdue or ownerless one (field note 4)', async () => {
    const customer = buildCustomer({
      openCases: [
        buildCase({ subject: 'Refund the March bill', owner: { kind: 'queue', id: 'q1', name: 'Billing L2' } }),
        buildCase({ subject: 'Technician visit', overdue: true, owner: null }),
      ],
    });
    server.use(...createDeskBackend({ customers: [customer] }).handlers);
    const { user } = renderApp();

    const card = cardOf(await openCustomer(user, customer));

    const cases = within(within(card).getByRole('heading', { name: 'Open cases' }).closest('section')!).getAllByRole(
      'listitem',
    );
    expect(cases[0]).toHaveTextContent('Refund the March bill');
    expect(cases[0]).toHaveTextContent('Owner: queue Billing L2');
    expect(cases[0]).toHaveTextContent(/Due Nov 25, 2026/);
    expect(cases[1]).toHaveTextContent('Overdue');
    expect(cases[1]).toHaveTextContent('No owner');
  });

  it('shows a salutation only when the customer stated one (field note 2)', async () => {
    const stated = buildCustomer({ displayName: 'Jeanne Martin', salutation: 'madame' });
    const unstated = buildCustomer({ displayName: 'Dominique Petit', salutation: null });
    server.use(...createDeskBackend({ customers: [stated, unstated] }).handlers);
    const { user } = renderApp();

    const statedCard = cardOf(await openCustomer(user, stated));
    expect(within(statedCard).getByText('Salutation: Ms')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search customers' }));
    const unstatedCard = cardOf(await openCustomer(user, unstated));
    expect(within(unstatedCard).queryByText(/Salutation/)).not.toBeInTheDocument();
  });
});
