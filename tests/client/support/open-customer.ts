import { screen } from '@testing-library/react';
import type { Customer } from '@shared/schemas/customer';
import type { renderApp } from './render-app';

/** Searches the customer by name and opens their record, as an agent would. */
export async function openCustomer(
  user: ReturnType<typeof renderApp>['user'],
  customer: Customer,
): Promise<HTMLElement> {
  await user.type(await screen.findByRole('searchbox', { name: 'Search customers' }), customer.displayName);
  await user.click(await screen.findByRole('button', { name: new RegExp(customer.displayName) }));
  return screen.findByRole('heading', { level: 2, name: customer.displayName });
}
