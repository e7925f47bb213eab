import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Pretty international form for display, e.g. "+33 1 23 45 67 89"; the input back when it is not
 * E.164. Uses the small metadata set: formatting needs no number-type data, and this runs in the
 * browser bundle.
 */
export function formatPhoneInternational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}
