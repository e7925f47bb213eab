import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { DeskServer } from '../socket-types';

/** The agent's own desks (every tab) and the supervisors hear a presence change. */
export function forwardPresence(bus: EventBus, io: DeskServer): () => void {
  return bus.on('agent.presenceChanged', (change) => {
    io.to([ROOMS.agent(change.agentId), ROOMS.supervisors]).emit('agent.presenceChanged', change);
  });
}
