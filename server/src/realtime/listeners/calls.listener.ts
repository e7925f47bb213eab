import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../log/logger';
import type { CallPopService } from '../../services/calls/call-pop.service';
import type { DeskServer } from '../socket-types';

/**
 * A committed call change: the agents it now rings for get the screen pop (card, candidates,
 * previous contacts); everyone involved, and supervisors, get the new call state; a missed call
 * goes to every desk.
 */
export function forwardCalls(
  bus: EventBus,
  io: DeskServer,
  deps: { pops: CallPopService; logger: Logger },
): () => void {
  return bus.on('call.changed', ({ call, newlyRinging, involvedAgentIds }) => {
    const rooms = [...new Set([...involvedAgentIds, ...call.ringingAgentIds])].map(ROOMS.agent);
    // Missed calls are everyone's to deal with: every desk keeps the same list.
    const audience = call.state === 'missed' ? [ROOMS.desks] : [...rooms, ROOMS.supervisors];
    io.to(audience).emit('call.updated', call);
    if (newlyRinging.length === 0) return;
    deps.pops.popFor(call).then(
      (pop) => io.to(newlyRinging.map(ROOMS.agent)).emit('call.ringing', pop),
      (err) => deps.logger.error({ err, callId: call.id }, 'screen pop failed'),
    );
  });
}
