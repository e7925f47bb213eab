import type { CallView, CallerStatus } from '@shared/schemas/call';
import type { HangupCause } from '@shared/schemas/cti';
import type { CallRecord } from '../../db/repositories/calls.repository';
import { callStateOf } from '../../domain/calls/call-state';

export function toCallView({ call, contact, agentName }: CallRecord): CallView {
  return {
    id: contact.id,
    pbxCallId: call.pbxCallId,
    direction: contact.direction as CallView['direction'],
    state: callStateOf(contact.state, call.heldSince),
    party: { raw: call.partyRaw, e164: call.partyE164, status: call.callerStatus as CallerStatus },
    line: call.line,
    queueName: call.queueName,
    customerId: contact.customerId,
    candidateCustomerIds: call.candidateCustomerIds,
    ringingAgentIds: call.ringingAgentIds,
    agent: contact.agentId ? { id: contact.agentId, name: agentName ?? '' } : null,
    startedAt: (contact.queuedAt ?? contact.createdAt).toISOString(),
    answeredAt: contact.answeredAt?.toISOString() ?? null,
    endedAt: contact.endedAt?.toISOString() ?? null,
    heldSince: call.heldSince?.toISOString() ?? null,
    holdSeconds: contact.holdSeconds ?? 0,
    talkSeconds: contact.talkSeconds,
    wrapUpSeconds: contact.wrapUpSeconds,
    cause: (call.cause as HangupCause | null) ?? null,
    disposition: contact.disposition,
    handledAt: call.handledAt?.toISOString() ?? null,
    version: contact.version,
  };
}
