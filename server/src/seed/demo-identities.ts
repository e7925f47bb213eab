import { foldForSearch } from '@shared/utils/search-query';
import type { IdentityRow } from './demo-model';
import type { WrittenPhone } from './demo-phones';
import type { SeededRandom } from '@shared/utils/seeded-random';

/** Reserved example domains only (RFC 2606): no real person can ever be emailed by the demo. */
const DOMAINS_FR = ['example.fr', 'example.fr', 'example.com', 'example.org'];
const DOMAINS_BE = ['example.be', 'example.be', 'example.com', 'example.org'];

function letters(text: string): string {
  return foldForSearch(text).replace(/[^a-z]/g, '');
}

function capitalised(text: string): string {
  return text.replace(/(^|[.\-_])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * An address the way people pick them ("emilie.dubois", "e.dubois75", "duboisemilie"), unique in
 * the demo, sometimes written with capitals ("Emilie.Dubois@example.fr": the value is lower-cased).
 */
export function makeEmail(
  rng: SeededRandom,
  given: string,
  family: string,
  country: 'FR' | 'BE',
  taken: Set<string>,
): { raw: string; value: string } {
  const g = letters(given);
  const f = letters(family);
  const domains = country === 'BE' ? DOMAINS_BE : DOMAINS_FR;
  for (let attempt = 0; ; attempt += 1) {
    const shapes = [
      `${g}.${f}`,
      `${g.charAt(0)}.${f}`,
      `${f}.${g}`,
      `${g}${f}`,
      `${g}.${f}${rng.int(1, 99)}`,
      `${g}_${f}`,
    ];
    let local = rng.pick(shapes);
    if (attempt > 2) local += String(rng.int(2, 999));
    const domain = rng.pick(domains);
    const value = `${local}@${domain}`;
    if (taken.has(value)) continue;
    taken.add(value);
    const raw = rng.chance(0.22) ? `${capitalised(local)}@${domain}` : value;
    return { raw, value };
  }
}

export function accountIdentity(customerId: string, accountNumber: string, createdAt: Date): IdentityRow {
  return {
    customerId,
    kind: 'account',
    value: accountNumber,
    rawValue: accountNumber,
    valid: true,
    verified: true,
    isPrimary: true,
    createdAt,
  };
}

export function phoneIdentity(
  customerId: string,
  phone: WrittenPhone,
  flags: { primary: boolean; verified: boolean },
  createdAt: Date,
): IdentityRow {
  return {
    customerId,
    kind: 'phone',
    value: phone.e164,
    rawValue: phone.raw,
    valid: true,
    verified: flags.verified,
    isPrimary: flags.primary,
    createdAt,
  };
}

/** A number as typed that is not a callable number: kept as typed, flagged invalid. */
export function invalidPhoneIdentity(customerId: string, raw: string, createdAt: Date): IdentityRow {
  return {
    customerId,
    kind: 'phone',
    value: raw,
    rawValue: raw,
    valid: false,
    verified: false,
    isPrimary: false,
    createdAt,
  };
}

export function emailIdentity(
  customerId: string,
  email: { raw: string; value: string },
  verified: boolean,
  createdAt: Date,
): IdentityRow {
  return {
    customerId,
    kind: 'email',
    value: email.value,
    rawValue: email.raw,
    valid: true,
    verified,
    isPrimary: true,
    createdAt,
  };
}

/** 'ACC-' and six digits, never twice. */
export function makeAccountNumber(rng: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const value = `ACC-${rng.int(100_000, 989_999)}`;
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
}
