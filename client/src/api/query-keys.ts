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
  adminCannedReplies: ['admin', 'canned-replies'] as const,
  myOffers: ['offers', 'mine'] as const,
  sentTransfers: ['transfers', 'sent'] as const,
  queueDepths: ['queues', 'depths'] as const,
  directory: ['directory'] as const,
  casesNeedingAttention: ['supervision', 'cases-needing-attention'] as const,
  /** Chats: my list and each conversation, resynchronised together after a reconnect. */
  allChats: ['chats'] as const,
  myChats: ['chats', 'mine'] as const,
  chat: (chatId: string) => ['chats', 'detail', chatId] as const,
  chatTyping: (chatId: string) => ['chats', 'typing', chatId] as const,
  /** What the desk's picker searched; invalidated as a whole when admins change the replies. */
  allCannedReplies: ['canned-replies'] as const,
  cannedReplies: (term: string, locale: string) => ['canned-replies', locale, term] as const,
};
