/**
 * Every server-state key in one place, so pushes and invalidations name exactly what screens read.
 * Keys under `customer` and `calls` are resynchronised together after a reconnect.
 */
export const queryKeys = {
  me: ['me'] as const,
  customerSearch: (term: string) => ['customer-search', term] as const,
  allCustomers: ['customer'] as const,
  customer: (customerId: string) => ['customer', customerId] as const,
  timeline: (customerId: string) => ['customer', customerId, 'timeline'] as const,
  recentContacts: (customerId: string) => ['customer', customerId, 'contacts'] as const,
  allCalls: ['calls'] as const,
  myCalls: ['calls', 'mine'] as const,
  missedCalls: ['calls', 'missed'] as const,
  dispositions: ['dispositions'] as const,
  adminPbx: ['admin', 'pbx'] as const,
  adminBlockedNumbers: ['admin', 'blocked-numbers'] as const,
  adminQueues: ['admin', 'queues'] as const,
  adminAgents: ['admin', 'agents'] as const,
  myOffers: ['offers', 'mine'] as const,
  sentTransfers: ['transfers', 'sent'] as const,
  queueDepths: ['queues', 'depths'] as const,
  directory: ['directory'] as const,
  casesNeedingAttention: ['supervision', 'cases-needing-attention'] as const,
};
