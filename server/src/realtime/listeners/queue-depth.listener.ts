import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../log/logger';
import type { ContactQueueService } from '../../services/routing/contact-queue.service';
import type { DeskServer } from '../socket-types';

/** How long changes to a queue are gathered into one push: a burst of arrivals is one update. */
const COALESCE_MS = 250;

/** Queue depth reaches every desk as it changes (agents and supervisors both watch it). */
export function forwardQueueDepths(
  bus: EventBus,
  io: DeskServer,
  deps: { contactQueue: ContactQueueService; logger: Logger },
): () => void {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const queueIds = [...changed];
    changed.clear();
    deps.contactQueue.depths(queueIds).then(
      (depths) => {
        for (const depth of depths) io.to(ROOMS.desks).emit('queue.depth', depth);
      },
      (err) => deps.logger.error({ err, queueIds }, 'queue depth push failed'),
    );
  };
  const off = bus.on('queue.changed', ({ queueIds }) => {
    for (const id of queueIds) changed.add(id);
    timer ??= setTimeout(flush, COALESCE_MS);
  });
  return () => {
    off();
    if (timer) clearTimeout(timer);
  };
}
