import type { QueryClient } from '@tanstack/react-query';
import type { CallPop, CallView } from '@shared/schemas/call';
import { queryKeys } from '../../api/query-keys';

/** States in which a call still belongs on the desk of the agent it rings for or who answered it. */
const LIVE_STATES: ReadonlySet<CallView['state']> = new Set(['ringing', 'active', 'held', 'wrap_up']);

/** Ringing for me, or answered by me and not yet wrapped up: what the contract's `calls.mine` returns. */
export function isMyLiveCall(call: CallView, agentId: string): boolean {
  if (!LIVE_STATES.has(call.state)) return false;
  if (call.state === 'ringing')
    return call.agent === null ? call.ringingAgentIds.includes(agentId) : call.agent.id === agentId;
  return call.agent?.id === agentId;
}

function isOpenMissedCall(call: CallView): boolean {
  return call.state === 'missed' && call.handledAt === null;
}

/** Pushes and answers can overtake each other: a call's highest version wins. */
function isStale(next: CallView, current: CallView | undefined): boolean {
  return current !== undefined && next.version < current.version;
}

/**
 * A fresh read of my calls, keeping any call the cache already holds at a higher version (a push
 * that arrived while the request was on its way).
 */
export function mergeMyCalls(cached: CallPop[] | undefined, fetched: CallPop[]): CallPop[] {
  return fetched.map((pop) => {
    const known = cached?.find((item) => item.call.id === pop.call.id);
    return known && isStale(pop.call, known.call) ? known : pop;
  });
}

/** The pop carries the customer and their last contacts: the card and the list show without a request. */
export function seedPopCustomer(queryClient: QueryClient, pop: CallPop): void {
  if (!pop.customer) return;
  queryClient.setQueryData(queryKeys.customer(pop.customer.id), pop.customer);
  queryClient.setQueryData(queryKeys.recentContacts(pop.customer.id), pop.recentContacts);
}

/** A screen pop: the call rings for this agent. */
export function insertRingingCall(queryClient: QueryClient, pop: CallPop): void {
  seedPopCustomer(queryClient, pop);
  queryClient.setQueryData(queryKeys.myCalls, (calls = []) => {
    const current = calls.find((item) => item.call.id === pop.call.id);
    if (isStale(pop.call, current?.call)) return calls;
    return current ? calls.map((item) => (item === current ? pop : item)) : [...calls, pop];
  });
}

function patchMyCalls(queryClient: QueryClient, call: CallView, agentId: string): void {
  const calls = queryClient.getQueryData(queryKeys.myCalls);
  const current = calls?.find((item) => item.call.id === call.id);
  if (!calls || !current) {
    // A live call of mine this desk has no pop for (e.g. answered on the phone after a reload): read it.
    if (isMyLiveCall(call, agentId)) void queryClient.invalidateQueries({ queryKey: queryKeys.myCalls });
    return;
  }
  if (isStale(call, current.call)) return;
  const next = isMyLiveCall(call, agentId)
    ? calls.map((item) => (item === current ? { ...item, call } : item))
    : calls.filter((item) => item !== current);
  queryClient.setQueryData(queryKeys.myCalls, next);
}

function patchMissedCalls(queryClient: QueryClient, call: CallView): void {
  queryClient.setQueryData(queryKeys.missedCalls, (missed) => {
    if (!missed) return missed; // Not on screen: it is read fresh when shown.
    const current = missed.find((item) => item.id === call.id);
    if (isStale(call, current)) return missed;
    const others = missed.filter((item) => item.id !== call.id);
    if (!isOpenMissedCall(call)) return current ? others : missed;
    return [...others, call].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  });
}

/** A call changed (push or an answer to one of our requests): patch my calls and the missed list. */
export function applyCallUpdate(queryClient: QueryClient, call: CallView, agentId: string): void {
  patchMyCalls(queryClient, call, agentId);
  patchMissedCalls(queryClient, call);
}
