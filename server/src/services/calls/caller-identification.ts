import type { CallerStatus } from '@shared/schemas/call';
import { normalisePhone, phoneCandidates, type PhoneRegion } from '@shared/utils/phone';
import type { DbOrTx } from '../../db/store';
import { customersRepository } from '../../db/repositories/customers.repository';
import type { PhoneSettings } from '../customer-search.service';

export interface CallerIdentity {
  raw: string;
  e164: string | null;
  status: CallerStatus;
  customerIds: string[];
  /** Values to check against the block list. */
  blockKeys: string[];
}

/**
 * Who is calling: the number as E.164 (in the centre's regions), then the customers who have it.
 * A withheld number or text that is no number never breaks the lookup: it is kept as typed.
 */
export async function identifyCaller(db: DbOrTx, raw: string, phone: PhoneSettings): Promise<CallerIdentity> {
  const options = { defaultRegion: phone.defaultRegion as PhoneRegion, fallbackRegions: phone.fallbackRegions as PhoneRegion[] };
  const parsed = normalisePhone(raw, options);
  if (parsed.kind === 'withheld') return { raw, e164: null, status: 'withheld', customerIds: [], blockKeys: [] };
  if (parsed.kind === 'invalid') return { raw, e164: null, status: 'invalid', customerIds: [], blockKeys: [raw.trim()] };
  const candidates = phoneCandidates(raw, options);
  const customerIds = await customersRepository.findIdsByPhones(db, candidates, 10);
  const status: CallerStatus = customerIds.length === 0 ? 'unknown' : customerIds.length === 1 ? 'known' : 'ambiguous';
  return { raw, e164: parsed.e164, status, customerIds, blockKeys: candidates };
}
