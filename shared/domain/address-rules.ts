import type { AddressRole } from '../schemas/customer';

export interface AddressFacts {
  id: string;
  role: AddressRole;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
  /** ISO date (YYYY-MM-DD). */
  validFrom: string;
  validTo: string | null;
}

/** Comparable form: case, accents, punctuation and spacing do not make two addresses different. */
export function addressKey(a: Pick<AddressFacts, 'line1' | 'line2' | 'postalCode' | 'city' | 'country'>): string {
  return [a.line1, a.line2 ?? '', a.postalCode, a.city, a.country]
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .join('|');
}

export function isCurrent(a: Pick<AddressFacts, 'validFrom' | 'validTo'>, today: string): boolean {
  return a.validFrom <= today && (a.validTo === null || a.validTo >= today);
}

function newest<T extends AddressFacts>(list: T[]): T | undefined {
  return [...list].sort((x, y) => (x.validFrom < y.validFrom ? 1 : x.validFrom > y.validFrom ? -1 : 0))[0];
}

/**
 * Field note 1: the line was moved to the new home but the bills kept going to the old one.
 * Returns the pair to show when the current billing address differs from the newest current
 * service or home address; null when they agree or one of them is missing.
 */
export function billingAddressMismatch(
  addresses: AddressFacts[],
  today: string,
): { billing: AddressFacts; newest: AddressFacts } | null {
  const current = addresses.filter((a) => isCurrent(a, today));
  const billing = newest(current.filter((a) => a.role === 'billing'));
  const lived = newest(current.filter((a) => a.role === 'service' || a.role === 'home'));
  if (!billing || !lived) return null;
  return addressKey(billing) === addressKey(lived) ? null : { billing, newest: lived };
}
