import type { ChatDelivery, ChatState } from '@shared/schemas/chat';

/** A conversation's state as the visitor and the agent see it, from the conversation and its contact. */
export function chatStateOf(endedAt: Date | null, contactState: string): ChatState {
  if (endedAt) return 'ended';
  if (contactState === 'queued' || contactState === 'offered') return 'waiting';
  if (contactState === 'active' || contactState === 'wrap_up') return 'active';
  return 'ended';
}

/** How far the other side got with a message, from their receipts (highest seq delivered / read). */
export function deliveryOf(seq: number, otherSide: { deliveredSeq: number; readSeq: number }): ChatDelivery {
  if (seq <= otherSide.readSeq) return 'read';
  if (seq <= otherSide.deliveredSeq) return 'delivered';
  return 'sent';
}
