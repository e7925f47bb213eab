import type { CallPop, CallView } from '@shared/schemas/call';
import type { CustomerCardService } from '../customer-card.service';
import type { CustomerSearchService } from '../customer-search.service';

const RECENT_CONTACTS = 10;

/** What a desk shows for a ringing call: the card, or the candidates, and the previous contacts. */
export function createCallPopService(deps: { cards: CustomerCardService; search: CustomerSearchService }) {
  return {
    async popFor(call: CallView): Promise<CallPop> {
      if (call.customerId) {
        const { customer, recentContacts } = await deps.cards.getWithRecentContacts(
          call.customerId,
          RECENT_CONTACTS + 1,
        );
        // The ringing call itself is not a "previous" contact.
        return {
          call,
          customer,
          candidates: [],
          recentContacts: recentContacts.filter((c) => c.id !== call.id).slice(0, RECENT_CONTACTS),
        };
      }
      const candidates = call.candidateCustomerIds.length
        ? await deps.search.hitsFor(call.candidateCustomerIds, 'phone')
        : [];
      return { call, customer: null, candidates, recentContacts: [] };
    },
  };
}

export type CallPopService = ReturnType<typeof createCallPopService>;
