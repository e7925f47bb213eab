import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import type { PhoneCountry } from './demo-places';
import type { SeededRandom } from '@shared/utils/seeded-random';

/**
 * Demo phone numbers in assigned ranges, written the many ways people really write them
 * ("06.12.34.56.78", "+33 (0)1 42 68 53 00", "02/555.12.12", "0032 470 12 34 56"…).
 */

export interface DemoPhone {
  country: PhoneCountry;
  /** The national form in its usual groups, trunk 0 included: ['01','42','68','53','00']. */
  groups: string[];
}

export interface WrittenPhone {
  raw: string;
  e164: string;
  /** The region the seed normalised with: a Belgian national form only makes sense in 'BE'. */
  region: PhoneRegion;
}

const CALLING_CODE: Record<PhoneCountry, string> = { FR: '33', RE: '262', BE: '32' };

/** The region to normalise a number of that country with (Réunion is tried by the FR siblings). */
export function regionOf(country: PhoneCountry): PhoneRegion {
  return country === 'BE' ? 'BE' : 'FR';
}

/** Splits a national significant number (no trunk 0) into the groups people write. */
function groupsOf(country: PhoneCountry, nsn: string): string[] {
  const national = `0${nsn}`;
  const pairs = (from: number) => national.slice(from).match(/\d\d/g) ?? [];
  if (country === 'FR') return [national.slice(0, 2), ...pairs(2)];
  if (country === 'RE') return [national.slice(0, 4), ...pairs(4)];
  if (nsn.length === 9) return [national.slice(0, 4), ...pairs(4)]; // Belgian mobile 0470 12 34 56
  if ('2349'.includes(nsn[0]!)) return [national.slice(0, 2), national.slice(2, 5), ...pairs(5)]; // 02 555 12 12
  return [national.slice(0, 3), ...pairs(3)]; // 081 22 33 44
}

function fill(rng: SeededRandom, prefix: string, length: number): string {
  return prefix + rng.digits(length - prefix.length);
}

function candidate(
  rng: SeededRandom,
  country: PhoneCountry,
  kind: 'landline' | 'mobile',
  landlinePrefixes: string[],
): string {
  if (country === 'FR') {
    if (kind === 'landline') return fill(rng, rng.pick(landlinePrefixes), 9);
    return rng.chance(0.7) ? fill(rng, '6', 9) : fill(rng, `7${rng.int(3, 8)}`, 9);
  }
  if (country === 'RE')
    return kind === 'landline' ? fill(rng, rng.pick(landlinePrefixes), 9) : fill(rng, rng.pick(['692', '693']), 9);
  if (kind === 'landline') return fill(rng, rng.pick(landlinePrefixes), 8);
  return fill(rng, `4${rng.int(7, 9)}${rng.int(0, 9)}`, 9);
}

/** A number in an assigned range (checked with the product's own normalisation), never used before. */
export function generatePhone(
  rng: SeededRandom,
  country: PhoneCountry,
  kind: 'landline' | 'mobile',
  landlinePrefixes: string[],
  taken: Set<string>,
): DemoPhone {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const phone = { country, groups: groupsOf(country, candidate(rng, country, kind, landlinePrefixes)) };
    const result = normalisePhone(phone.groups.join(''), { defaultRegion: regionOf(country) });
    // Valid, and valid where it should be: "06 90 …" is a Guadeloupe mobile, not a mainland one.
    if (result.kind === 'e164' && result.region === country && !taken.has(result.e164)) {
      taken.add(result.e164);
      return phone;
    }
  }
  throw new Error(`could not generate a valid ${country} ${kind} number`);
}

/** The ways a number gets written; some only occur in one country. */
type Style =
  | 'spaced'
  | 'dotted'
  | 'compact'
  | 'dashed'
  | 'slashed'
  | 'intl-spaced'
  | 'intl-trunk'
  | 'intl-00'
  | 'intl-compact';

const FR_STYLES: [Style, number][] = [
  ['spaced', 34],
  ['dotted', 14],
  ['compact', 14],
  ['dashed', 4],
  ['intl-spaced', 16],
  ['intl-trunk', 6],
  ['intl-00', 6],
  ['intl-compact', 6],
];
const BE_STYLES: [Style, number][] = [
  ['spaced', 30],
  ['slashed', 24],
  ['dotted', 4],
  ['compact', 4],
  ['intl-spaced', 24],
  ['intl-trunk', 4],
  ['intl-00', 10],
];

export function writePhone(phone: DemoPhone, style: Style): string {
  const [first, ...rest] = phone.groups as [string, ...string[]];
  const cc = CALLING_CODE[phone.country];
  const withoutTrunk = first.slice(1);
  switch (style) {
    case 'spaced':
      return [first, ...rest].join(' ');
    case 'dotted':
      return [first, ...rest].join('.');
    case 'compact':
      return [first, ...rest].join('');
    case 'dashed':
      return [first, ...rest].join('-');
    case 'slashed':
      return `${first}/${rest.join('.')}`;
    case 'intl-spaced':
      return `+${cc} ${[withoutTrunk, ...rest].join(' ')}`;
    case 'intl-trunk':
      return `+${cc} (0)${[withoutTrunk, ...rest].join(' ')}`;
    case 'intl-00':
      return `00${cc} ${[withoutTrunk, ...rest].join(' ')}`;
    case 'intl-compact':
      return `+${cc}${withoutTrunk}${rest.join('')}`;
  }
}

/** Writes the number in a style drawn from how people of that country write it, and normalises it. */
export function writePhoneLikeAPerson(rng: SeededRandom, phone: DemoPhone, style?: Style): WrittenPhone {
  const chosen = style ?? rng.weighted(phone.country === 'BE' ? BE_STYLES : FR_STYLES);
  const raw = writePhone(phone, chosen);
  const region = regionOf(phone.country);
  const result = normalisePhone(raw, { defaultRegion: region });
  if (result.kind !== 'e164') throw new Error(`demo phone ${raw} does not normalise`);
  return { raw, e164: result.e164, region };
}

/** Numbers as typed that are not phone numbers anyone can call back: kept as typed and flagged. */
export const INVALID_AS_TYPED = ['3949', '12 34', '06 12 34'];

/** Parses a number written in national groups ("01 42 68 53 00") into a DemoPhone. */
export function phoneFromGroups(country: PhoneCountry, written: string): DemoPhone {
  return { country, groups: written.split(' ') };
}
