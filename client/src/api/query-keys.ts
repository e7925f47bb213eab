import { queryOptions } from '@tanstack/react-query';
import { api } from '@shared/contract';
import type { Agent } from '@shared/schemas/agent';
import type { Locale } from '@shared/schemas/common';
import { LIMITS } from '@shared/schemas/limits';
import { ApiRequestError } from './http';
import { callApi, routeInfiniteQueryOptions, routeKey, routeQueryOptions } from './call-api';

/** How many customers a search shows; how many past contacts a card lists. */
export const CUSTOMER_SEARCH_LIMIT = 20;
export const RECENT_CONTACT_LIMIT = 10;

const items = <T>(response: { items: T[] }) => response.items;

/** The signed-in agent, or null when signed out (a 401 here is an answer, not a failure). */
async function fetchMe(signal: AbortSignal): Promise<Agent | null> {
  try {
    return (await callApi(api.me.get, {}, { signal })).agent;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Every server read the desk caches: key (from the contract), call, and what is kept of the
 * answer. Hooks spread these and add their own timing; caches and pushes patch through
 * `queryKeys`, whose keys carry the data type.
 */
export const queries = {
  me: queryOptions({ queryKey: routeKey(api.me.get), queryFn: ({ signal }) => fetchMe(signal) }),
  customerSearch: (term: string) =>
    routeQueryOptions(api.customers.search, { query: { q: term, limit: CUSTOMER_SEARCH_LIMIT } }),
  customer: (customerId: string) =>
    routeQueryOptions(api.customers.get, { params: { id: customerId } }, (response) => response.customer),
  timeline: (customerId: string) =>
    routeInfiniteQueryOptions(
      api.timeline.page,
      { params: { id: customerId }, query: { limit: LIMITS.pageSizeDefault } },
      { cursorOf: (cursor) => ({ cursor: cursor ?? undefined }), nextCursor: (page) => page.nextCursor },
    ),
  recentContacts: (customerId: string) =>
    routeQueryOptions(
      api.customers.recentContacts,
      { params: { id: customerId }, query: { limit: RECENT_CONTACT_LIMIT } },
      items,
    ),
  myCalls: routeQueryOptions(api.calls.mine, {}, items),
  missedCalls: routeQueryOptions(api.calls.missed, {}, items),
  dispositions: routeQueryOptions(api.calls.dispositions, {}, items),
  adminPbx: routeQueryOptions(api.adminTelephony.listPbx, {}, items),
  adminBlockedNumbers: routeQueryOptions(api.adminTelephony.listBlocked, {}, items),
  adminQueues: routeQueryOptions(api.adminRouting.listQueues, {}, items),
  adminAgents: routeQueryOptions(api.adminRouting.listAgents, {}, items),
  adminCannedReplies: routeQueryOptions(api.adminCannedReplies.list, {}, items),
  myOffers: routeQueryOptions(api.routing.myOffers, {}, items),
  queueDepths: routeQueryOptions(api.routing.queueDepths, {}, items),
  directory: routeQueryOptions(api.routing.directory, {}),
  casesNeedingAttention: routeQueryOptions(api.cases.attention, {}, items),
  myChats: routeQueryOptions(api.chats.mine, {}, items),
  chat: (chatId: string) => routeQueryOptions(api.chats.get, { params: { id: chatId } }),
  cannedReplies: (term: string, locale: Locale) =>
    routeQueryOptions(api.chats.cannedReplies, { query: { q: term || undefined, locale } }, items),
};

/**
 * Every server-state key in one place, so pushes and invalidations name exactly what screens read.
 * Keys nest like the contract's paths: `allCustomers` and `allCalls` (resynchronised together after
 * a reconnect) are prefixes of each customer's card, timeline and contacts, and of both call lists.
 */
export const queryKeys = {
  me: queries.me.queryKey,
  customerSearch: (term: string) => queries.customerSearch(term).queryKey,
  allCustomers: routeKey(api.customers.search),
  customer: (customerId: string) => queries.customer(customerId).queryKey,
  timeline: (customerId: string) => queries.timeline(customerId).queryKey,
  recentContacts: (customerId: string) => queries.recentContacts(customerId).queryKey,
  allCalls: routeKey(api.calls.mine).slice(0, 1),
  myCalls: queries.myCalls.queryKey,
  missedCalls: queries.missedCalls.queryKey,
  dispositions: queries.dispositions.queryKey,
  adminPbx: queries.adminPbx.queryKey,
  adminBlockedNumbers: queries.adminBlockedNumbers.queryKey,
  adminQueues: queries.adminQueues.queryKey,
  adminAgents: queries.adminAgents.queryKey,
  adminCannedReplies: queries.adminCannedReplies.queryKey,
  myOffers: queries.myOffers.queryKey,
  /** Transfers I sent: the desk keeps decided ones too (see features/transfer). */
  sentTransfers: routeKey(api.routing.sentTransfers),
  queueDepths: queries.queueDepths.queryKey,
  directory: queries.directory.queryKey,
  casesNeedingAttention: queries.casesNeedingAttention.queryKey,
  /** Chats: my list and each conversation, resynchronised together after a reconnect. */
  allChats: routeKey(api.chats.mine),
  /** My list is the prefix of every chat key: invalidate it with `exact: true`. */
  myChats: queries.myChats.queryKey,
  chat: (chatId: string) => queries.chat(chatId).queryKey,
  /** Who is typing: pushed only, never read from the API. */
  chatTyping: (chatId: string) => ['chats', 'typing', chatId] as const,
  /** What the desk's picker searched; invalidated as a whole when admins change the replies. */
  allCannedReplies: routeKey(api.chats.cannedReplies),
  cannedReplies: (term: string, locale: Locale) => queries.cannedReplies(term, locale).queryKey,
};
