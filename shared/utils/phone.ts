import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type PhoneRegion = CountryCode;

/**
 * French overseas departments share France's national format ("0262 …" is Réunion, "0590 …"
 * Guadeloupe): a number that is not valid in mainland France may be valid in one of them.
 */
const NATIONAL_SIBLINGS: Partial<Record<string, CountryCode[]>> = {
  FR: ['RE', 'YT', 'GP', 'MQ', 'GF', 'PM', 'BL', 'MF'],
};

export type PhoneNormalisation =
  | { kind: 'e164'; e164: string; region: string | null }
  /** Caller withheld the number ("anonymous", "unknown", "private", empty). */
  | { kind: 'withheld' }
  /** Not an E.164 number (short codes like 112 or 3xxx, letters, too short…): keep as typed, flag it. */
  | { kind: 'invalid'; raw: string };

const WITHHELD = new Set([
  '',
  'anonymous',
  'anonyme',
  'unknown',
  'inconnu',
  'private',
  'privé',
  'prive',
  'withheld',
  'restricted',
  'unavailable',
]);

export interface PhoneOptions {
  /** Region for numbers written without an international prefix. */
  defaultRegion?: PhoneRegion;
  /** Other regions to try when the number is not valid in the default one. */
  fallbackRegions?: PhoneRegion[];
}

function tryParse(
  raw: string,
  region: CountryCode,
  strictness: 'valid' | 'possible',
): { e164: string; region: string | null } | null {
  const parsed = parsePhoneNumberFromString(raw, region);
  if (!parsed) return null;
  const acceptable = strictness === 'valid' ? parsed.isValid() : parsed.isPossible();
  if (!acceptable) return null;
  return { e164: parsed.number, region: parsed.country ?? null };
}

/** Turns a phone number written in any usual way into E.164, or says why it cannot. */
export function normalisePhone(raw: string, options: PhoneOptions = {}): PhoneNormalisation {
  const text = raw.trim();
  if (WITHHELD.has(text.toLowerCase())) return { kind: 'withheld' };
  // Letters (other than an extension marker) mean this is not a number someone dialled.
  if (/[a-wyz]/i.test(text.replace(/\b(ext|poste)\b/gi, ''))) return { kind: 'invalid', raw };
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 17) return { kind: 'invalid', raw };

  const defaultRegion = options.defaultRegion ?? 'FR';
  // Overseas siblings share the ten-digit national form "0XXX XX XX XX"; anything shorter is not
  // one of their numbers (six digits would otherwise read as Saint-Pierre-et-Miquelon).
  const nationalForm = digits.length === 10 && digits.startsWith('0');
  const regions = [
    defaultRegion,
    ...(nationalForm ? (NATIONAL_SIBLINGS[defaultRegion] ?? []) : []),
    ...(options.fallbackRegions ?? []),
  ];
  // A number in an assigned range wins. Failing that, a number written with its country code and
  // of the right length for that country is accepted: the country is explicit, and numbering plans
  // change faster than metadata ("+32 2 123 45 67" must work). National forms must be valid, or a
  // Belgian "02/123.45.67" would become a French number.
  const international = /^(\+|00)/.test(text.replace(/[\s().\-/]/g, ''));
  const passes = international ? (['valid', 'possible'] as const) : (['valid'] as const);
  for (const strictness of passes) {
    for (const region of regions) {
      const hit = tryParse(text, region, strictness);
      if (hit) return { kind: 'e164', ...hit };
    }
  }
  return { kind: 'invalid', raw };
}

/** True when a search text is most likely a phone number (digits with the usual separators). */
export function looksLikePhone(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[+(]?[\d\s().\-/]+$/.test(trimmed)) return false;
  return trimmed.replace(/\D/g, '').length >= 6;
}

/**
 * Every E.164 number the text could mean in the configured regions, most likely first: a Belgian
 * mobile typed "0470 12 34 56" in a French centre is also a valid French number, and a search must
 * find the customer either way. Empty when the text is no phone number at all.
 */
export function phoneCandidates(raw: string, options: PhoneOptions = {}): string[] {
  const first = normalisePhone(raw, options);
  if (first.kind !== 'e164') return [];
  const found = [first.e164];
  for (const region of options.fallbackRegions ?? []) {
    const other = normalisePhone(raw, { defaultRegion: region });
    if (other.kind === 'e164' && !found.includes(other.e164)) found.push(other.e164);
  }
  return found;
}
