import { useEffect, useRef } from 'react';
import type { CallPop } from '@shared/schemas/call';

/**
 * Opens the caller's record on the desk as soon as a call knows its customer: when it rings for a
 * known number, when it is restored after a reload, when the agent links it. Each call and customer
 * pair opens once, so the agent can still move to another record during the call.
 */
export function useOpenCallCustomers(calls: readonly CallPop[], open: (customerId: string) => void): void {
  const opened = useRef(new Set<string>());
  useEffect(() => {
    for (const pop of calls) {
      const customerId = pop.call.customerId ?? pop.customer?.id ?? null;
      if (!customerId) continue;
      const key = `${pop.call.id}:${customerId}`;
      if (opened.current.has(key)) continue;
      opened.current.add(key);
      open(customerId);
    }
  }, [calls, open]);
}
