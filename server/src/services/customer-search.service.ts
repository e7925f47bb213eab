import type { CustomerSearchHit, SearchMatch } from '@shared/schemas/customer';
import { phoneCandidates, type PhoneRegion } from '@shared/utils/phone';
import { classifySearch, foldForSearch } from '@shared/utils/search-query';
import { isCurrent } from '@shared/domain/address-rules';
import type { Db } from '../db/store';
import { customersRepository, type AddressRow, type IdentityRow } from '../db/repositories/customers.repository';

export interface PhoneSettings {
  defaultRegion: string;
  fallbackRegions: string[];
}

function primaryOf(identities: IdentityRow[], kind: 'phone' | 'email'): string | null {
  const ofKind = identities.filter((i) => i.kind === kind);
  const chosen = ofKind.find((i) => i.isPrimary) ?? ofKind[0];
  return chosen ? chosen.value : null;
}

function cityOf(addresses: AddressRow[], today: string): string | null {
  const current = addresses.filter((a) => isCurrent(a, today));
  const home = current.find((a) => a.role === 'home') ?? current.find((a) => a.role === 'service') ?? current[0];
  return home?.city ?? null;
}

/**
 * Finds customers from whatever an agent types: a phone number in any format, an email, an
 * account number or a name (accents and case do not matter).
 */
export function createCustomerSearchService(deps: { db: Db; phone: PhoneSettings; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function idsFor(q: string, limit: number): Promise<{ ids: string[]; matchedBy: SearchMatch }> {
    const intent = classifySearch(q);
    if (intent === 'phone') {
      const candidates = phoneCandidates(q, {
        defaultRegion: deps.phone.defaultRegion as PhoneRegion,
        fallbackRegions: deps.phone.fallbackRegions as PhoneRegion[],
      });
      const ids = await customersRepository.findIdsByPhones(deps.db, candidates, limit);
      if (ids.length > 0) return { ids, matchedBy: 'phone' };
      // Not a whole number, or no one has it: the agent may have typed its last digits.
      const digits = q.replace(/\D/g, '');
      return { ids: await customersRepository.findIdsByPhoneSuffix(deps.db, digits, limit), matchedBy: 'phone' };
    }
    if (intent === 'email') {
      return {
        ids: await customersRepository.findIdsByEmail(deps.db, q.trim().toLowerCase(), limit),
        matchedBy: 'email',
      };
    }
    if (intent === 'account') {
      const account = q
        .trim()
        .toUpperCase()
        .replace(/^([A-Z]+)[-\s]?/, '$1-');
      return { ids: await customersRepository.findIdsByAccount(deps.db, account, limit), matchedBy: 'account' };
    }
    const words = foldForSearch(q).split(' ').filter(Boolean);
    return { ids: await customersRepository.findIdsByName(deps.db, words, limit), matchedBy: 'name' };
  }

  return {
    async search(q: string, limit = 20): Promise<CustomerSearchHit[]> {
      const { ids, matchedBy } = await idsFor(q, limit);
      return this.hitsFor(ids, matchedBy);
    },

    /** Search results for known customer ids, in that order. */
    async hitsFor(ids: string[], matchedBy: SearchMatch): Promise<CustomerSearchHit[]> {
      if (ids.length === 0) return [];
      const [rows, identities, addresses] = await Promise.all([
        customersRepository.findByIds(deps.db, ids),
        customersRepository.identitiesOf(deps.db, ids),
        customersRepository.addressesOf(deps.db, ids),
      ]);
      const today = now().toISOString().slice(0, 10);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        const own = identities.filter((i) => i.customerId === id);
        return [
          {
            id,
            displayName: row.displayName,
            matchedBy,
            primaryPhone: primaryOf(own, 'phone'),
            primaryEmail: primaryOf(own, 'email'),
            city: cityOf(
              addresses.filter((a) => a.customerId === id),
              today,
            ),
          },
        ];
      });
    },
  };
}

export type CustomerSearchService = ReturnType<typeof createCustomerSearchService>;
