import type { EventBus } from '../../events/bus';
import { sessionRoom, type DeskServer } from '../socket-types';

/** Signing out ends that session's sockets everywhere; the desk goes back to the sign-in page. */
export function endSessionSockets(bus: EventBus, io: DeskServer): () => void {
  return bus.on('session.ended', ({ sessionId }) => {
    io.to(sessionRoom(sessionId)).emit('session.ended');
    io.in(sessionRoom(sessionId)).disconnectSockets(true);
  });
}
