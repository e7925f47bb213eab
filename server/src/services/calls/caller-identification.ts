import type { CallerStatus } from '@shared/schemas/call';
import { normalisePhone, phoneCandidates, type PhoneRegion } from '@shared/utils/phone';
import type { DbOrTx } from '../../db/store';
import { customersRepository } from '../../db/repositories/customers.repository';
import type { PhoneSettings } from '../customer-search.service';

export interface CallerNumber {
  raw: string;
  e164: string | null;
  /** `withheld` / `invalid` are final; otherwise the customers found decide. */
  kind: 'number' | 'withheld' | 'invalid';
  /** E.164 numbers the text may mean, to look customers up by. */
  candidates: string[];
  /** Values to check against the block list. */
  blockKeys: string[];
}

export interface CallerIdentity {
  raw: string;
  e164: string | null;
  status: CallerStatus;
  customerIds: string[];
  /** The customer's name when exactly one matched (for the timeline's actor). */
  customerName: string | null;
}

const regions = (phone: PhoneSettings) => ({
  defaultRegion: phone.defaultRegion as PhoneRegion,
  fallbackRegions: phone.fallbackRegions as PhoneRegion[],
});

/**
 * The caller's number as E.164 in the centre's regions. A withheld number or text that is no
 * number never breaks anything: it is kept as typed. Pure.
 */
export function readCallerNumber(raw: string, phone: PhoneSettings): CallerNumber {
  const parsed = normalisePhone(raw, regions(phone));
  if (parsed.kind === 'withheld') return { raw, e164: null, kind: 'withheld', candidates: [], blockKeys: [] };
  if (parsed.kind === 'invalid') return { raw, e164: null, kind: 'invalid', candidates: [], blockKeys: [raw.trim()] };
  const candidates = phoneCandidates(raw, regions(phone));
  return { raw, e164: parsed.e164, kind: 'number', candidates, blockKeys: candidates };
}

/** Known (one customer), ambiguous (several: the agent picks), or unknown. Pure. */
export function identify(number: CallerNumber, customers: Array<{ id: string; displayName: string }>): CallerIdentity {
  if (number.kind !== 'number')
    return { raw: number.raw, e164: null, status: number.kind, customerIds: [], customerName: null };
  const status: CallerStatus = customers.length === 0 ? 'unknown' : customers.length === 1 ? 'known' : 'ambiguous';
  return {
    raw: number.raw,
    e164: number.e164,
    status,
    customerIds: customers.map((c) => c.id),
    customerName: customers.length === 1 ? customers[0]!.displayName : null,
  };
}

/** Reads the number and looks its customers up (when no combined lookup is at hand). */
export async function identifyCaller(db: DbOrTx, raw: string, phone: PhoneSettings): Promise<CallerIdentity> {
  const number = readCallerNumber(raw, phone);
  return identify(number, await customersRepository.findByPhones(db, number.candidates, 10));
}
