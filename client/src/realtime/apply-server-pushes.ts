import type { QueryClient } from '@tanstack/react-query';
import type { PresenceChanged } from '@shared/events/socket-events';
import type { CallPop, CallView } from '@shared/schemas/call';
import type { TimelineEvent } from '@shared/schemas/timeline';
import type { CallMoveFailed, Offer, OfferClosed, TransferDecided } from '@shared/schemas/transfer';
import { queryKeys } from '../api/query-keys';
import { forgetSession, rememberSignedInAgent } from '../features/auth';
import { applyCallUpdate, insertRingingCall } from '../features/phone';
import { applyCallMoveFailed, applyTransferDecided, insertOffer, removeOffer } from '../features/transfer';
import { insertTimelineEvent } from '../features/timeline';
import { applyChatPushes } from './apply-chat-pushes';
import type { RealtimeSocket } from './socket';
import type { QueueDepth } from '@shared/schemas/queue-depth';
import { applyQueueDepth } from '../features/supervision';

/**
 * The one place where server pushes become cache updates. Pushes carry the new state, so screens
 * change without a refetch; after a reconnect, what was missed is read again from the API.
 */
export function applyServerPushes(socket: RealtimeSocket, queryClient: QueryClient, agentId: string): () => void {
  let connectedBefore = socket.connected;

  function resynchronise() {
    if (connectedBefore) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allCustomers });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allCalls });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myOffers });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allChats });
      void queryClient.invalidateQueries({ queryKey: queryKeys.queueDepths });
      void queryClient.invalidateQueries({ queryKey: queryKeys.sentTransfers });
    }
    connectedBefore = true;
  }

  function timelineAppended(event: TimelineEvent) {
    insertTimelineEvent(queryClient, event);
    // Case events change the open cases shown on the card.
    if (event.type.startsWith('case.')) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customer(event.customerId), exact: true });
    }
  }

  function presenceChanged(change: PresenceChanged) {
    if (change.agentId !== agentId) return;
    const current = queryClient.getQueryData(queryKeys.me);
    // Pushes can overtake each other: keep the newest state.
    if (current && Date.parse(current.presenceChangedAt) > Date.parse(change.presenceChangedAt)) return;
    rememberSignedInAgent(queryClient, change.agent);
  }

  function callRinging(pop: CallPop) {
    insertRingingCall(queryClient, pop);
  }

  function callUpdated(call: CallView) {
    applyCallUpdate(queryClient, call, agentId);
  }

  function offerCreated(offer: Offer) {
    insertOffer(queryClient, offer);
  }

  function offerClosed(closed: OfferClosed) {
    removeOffer(queryClient, closed.offerId);
  }

  function transferDecided(decided: TransferDecided) {
    applyTransferDecided(queryClient, decided);
  }

  function callMoveFailed(failed: CallMoveFailed) {
    applyCallMoveFailed(queryClient, failed);
  }

  function queueDepth(depth: QueueDepth) {
    applyQueueDepth(queryClient, depth);
  }

  function sessionEnded() {
    forgetSession(queryClient);
  }

  /** A refusal socket.io will not retry is most often an expired session: ask the API. */
  function connectionRefused() {
    if (!socket.active) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  }

  socket.on('connect', resynchronise);
  socket.on('timeline.appended', timelineAppended);
  socket.on('agent.presenceChanged', presenceChanged);
  socket.on('call.ringing', callRinging);
  socket.on('call.updated', callUpdated);
  socket.on('offer.created', offerCreated);
  socket.on('offer.closed', offerClosed);
  socket.on('transfer.decided', transferDecided);
  socket.on('queue.depth', queueDepth);
  socket.on('call.moveFailed', callMoveFailed);
  socket.on('session.ended', sessionEnded);
  socket.on('connect_error', connectionRefused);
  const stopChatPushes = applyChatPushes(socket, queryClient);
  return () => {
    stopChatPushes();
    socket.off('connect', resynchronise);
    socket.off('timeline.appended', timelineAppended);
    socket.off('agent.presenceChanged', presenceChanged);
    socket.off('call.ringing', callRinging);
    socket.off('call.updated', callUpdated);
    socket.off('offer.created', offerCreated);
    socket.off('offer.closed', offerClosed);
    socket.off('transfer.decided', transferDecided);
    socket.off('queue.depth', queueDepth);
    socket.off('call.moveFailed', callMoveFailed);
    socket.off('session.ended', sessionEnded);
    socket.off('connect_error', connectionRefused);
  };
}
