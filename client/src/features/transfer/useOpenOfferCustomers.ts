import { useEffect, useRef } from 'react';
import type { Offer } from '@shared/schemas/transfer';

/**
 * Opens the customer of each new offer on the desk, like the call screen pop: the card and the
 * timeline are visible before the agent accepts. Each offer opens once.
 */
export function useOpenOfferCustomers(offers: readonly Offer[], open: (customerId: string) => void): void {
  const opened = useRef(new Set<string>());
  useEffect(() => {
    for (const offer of offers) {
      const customerId = offer.contact.customerId;
      if (!customerId || opened.current.has(offer.id)) continue;
      opened.current.add(offer.id);
      open(customerId);
    }
  }, [offers, open]);
}
