import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { DeskServer } from '../socket-types';

/** A committed timeline event goes to every desk showing that customer, on every server process. */
export function forwardTimeline(bus: EventBus, io: DeskServer): () => void {
  return bus.on('timeline.appended', (event) => {
    io.to(ROOMS.customer(event.customerId)).emit('timeline.appended', event);
  });
}
