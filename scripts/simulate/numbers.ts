import type { SeededRandom } from '@shared/utils/seeded-random';

/**
 * Caller numbers as PBXs send them: the same subscriber written many ways, so that caller
 * identification by normalisation is exercised, plus withheld and invalid "numbers".
 */
export interface PhoneNumber {
  /** Country calling code: 33 (France) or 32 (Belgium). */
  cc: '33' | '32';
  /** National significant number (no trunk 0). */
  nsn: string;
}

/** The demo data's showcase customers (README): Lefèvre, Vandenberghe, Brasserie Van den Bossche. */
export const SHOWCASE_NUMBERS: readonly PhoneNumber[] = [
  { cc: '33', nsn: '142685300' },
  { cc: '32', nsn: '25551212' },
  { cc: '32', nsn: '92234567' },
];

export const WITHHELD_NUMBERS = ['anonymous', 'Anonymous', 'unknown', 'private'] as const;
/** Short service numbers and junk that no region accepts as a subscriber number. */
export const INVALID_NUMBERS = ['3949', '3631', '12', '+33 12'] as const;

export type NumberStyle = 'national' | 'dotted' | 'compact' | 'slashed' | 'e164' | 'intl' | 'intl00' | 'intlTrunk';

/** The subscriber part grouped the way it is usually written in that country. */
function groups(n: PhoneNumber): string[] {
  const d = n.nsn;
  if (n.cc === '33') return [d.slice(0, 1), d.slice(1, 3), d.slice(3, 5), d.slice(5, 7), d.slice(7, 9)];
  if (d.length === 9) return [d.slice(0, 3), d.slice(3, 5), d.slice(5, 7), d.slice(7, 9)]; // BE mobile 4xx
  return [d.slice(0, 1), d.slice(1, 4), d.slice(4, 6), d.slice(6, 8)]; // BE landline, one-digit area
}

/**
 * The styles a number can be written in without becoming ambiguous: Belgian mobiles written
 * nationally (0470 ...) are valid French numbers too, so those are only written internationally.
 */
export function stylesFor(n: PhoneNumber): NumberStyle[] {
  const international: NumberStyle[] = ['e164', 'intl', 'intl00', 'intlTrunk'];
  if (n.cc === '33') return ['national', 'dotted', 'compact', ...international];
  if (n.nsn.length === 9) return international;
  return ['national', 'slashed', ...international];
}

export function formatNumber(n: PhoneNumber, style: NumberStyle): string {
  const [head, ...rest] = groups(n);
  switch (style) {
    case 'national':
      return `0${head} ${rest.join(' ')}`;
    case 'dotted':
      return `0${head}.${rest.join('.')}`;
    case 'compact':
      return `0${n.nsn}`;
    case 'slashed':
      return `0${head}/${rest[0]}.${rest.slice(1).join('.')}`;
    case 'e164':
      return `+${n.cc}${n.nsn}`;
    case 'intl':
      return `+${n.cc} ${head} ${rest.join(' ')}`;
    case 'intl00':
      return `00${n.cc} ${head} ${rest.join(' ')}`;
    case 'intlTrunk':
      return `+${n.cc} (0)${head} ${rest.join(' ')}`;
  }
}

export function formatRandomly(rng: SeededRandom, n: PhoneNumber): string {
  return formatNumber(n, rng.pick(stylesFor(n)));
}

/** A plausible number nobody in the demo data has: French mobile/landline or Belgian mobile/landline. */
export function randomNumber(rng: SeededRandom): PhoneNumber {
  switch (rng.int(0, 3)) {
    case 0:
      return rng.chance(0.6)
        ? { cc: '33', nsn: `6${rng.digits(8)}` }
        : { cc: '33', nsn: `7${rng.int(3, 9)}${rng.digits(7)}` };
    case 1:
      return { cc: '33', nsn: `${rng.int(1, 5)}${rng.digits(8)}` };
    case 2:
      return { cc: '32', nsn: `4${rng.pick(['7', '8', '9'])}${rng.digits(7)}` };
    default:
      return { cc: '32', nsn: `2${rng.digits(7)}` };
  }
}
