import { addressKey, billingAddressMismatch, type AddressFacts } from '@shared/domain/address-rules';

let n = 0;
const address = (overrides: Partial<AddressFacts>): AddressFacts => ({
  id: `a${++n}`,
  role: 'home',
  line1: '12 rue des Lilas',
  line2: null,
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  validFrom: '2020-01-01',
  validTo: null,
  ...overrides,
});

const today = '2026-11-22';

describe('billing address that differs from where the customer lives (field note 1)', () => {
  it('flags a billing address left at the old home after a move', () => {
    const oldHome = address({ role: 'home', validTo: '2026-03-31' });
    const newHome = address({
      role: 'home',
      line1: '3 avenue Foch',
      postalCode: '69006',
      city: 'Lyon',
      validFrom: '2026-04-01',
    });
    const billing = address({ role: 'billing' });
    const result = billingAddressMismatch([oldHome, newHome, billing], today);
    expect(result?.billing.id).toBe(billing.id);
    expect(result?.newest.id).toBe(newHome.id);
  });

  it('compares against the newest service address too (the line was installed there)', () => {
    const home = address({ role: 'home', validFrom: '2019-01-01' });
    const service = address({
      role: 'service',
      line1: '8 quai de Rive-Neuve',
      postalCode: '13007',
      city: 'Marseille',
      validFrom: '2025-06-01',
    });
    const billing = address({ role: 'billing', validFrom: '2019-01-01' });
    expect(billingAddressMismatch([home, service, billing], today)?.newest.id).toBe(service.id);
  });

  it('does not flag the same address written differently', () => {
    const home = address({ role: 'home', line1: '12, Rue des Lilas' });
    const billing = address({ role: 'billing', line1: '12 RUE DES LILAS', city: 'PARIS' });
    expect(billingAddressMismatch([home, billing], today)).toBeNull();
    expect(addressKey(address({ city: 'Liège' }))).toBe(addressKey(address({ city: 'LIEGE' })));
  });

  it('ignores addresses that are no longer, or not yet, valid', () => {
    const home = address({ role: 'home' });
    const expiredBilling = address({ role: 'billing', line1: 'old', validTo: '2024-01-01' });
    const futureBilling = address({ role: 'billing', line1: 'future', validFrom: '2027-01-01' });
    expect(billingAddressMismatch([home, expiredBilling, futureBilling], today)).toBeNull();
  });

  it('needs both a billing and a lived-in address to compare', () => {
    expect(billingAddressMismatch([address({ role: 'billing' })], today)).toBeNull();
    expect(billingAddressMismatch([address({ role: 'home' })], today)).toBeNull();
  });
});
