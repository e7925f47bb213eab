import type { AttentionReason } from '@shared/schemas/case-attention';

/** Why an open case needs attention, from its owner and due time. Pure. */
export function attentionReasons(
  input: { ownerAgentId: string | null; dueAt: Date | null },
  now: Date,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (input.dueAt && input.dueAt.getTime() < now.getTime()) reasons.push('overdue');
  if (!input.ownerAgentId) reasons.push('no_person_owner');
  if (!input.dueAt) reasons.push('no_due_time');
  return reasons;
}
