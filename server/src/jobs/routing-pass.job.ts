import type { Job } from './scheduler';
import type { JobDeps } from './job-deps';

/**
 * Expired offers go back to their queue, then waiting contacts are offered, in that order so a
 * contact whose offer just lapsed is offered again in the same pass. Row locks (SKIP LOCKED on a
 * server) let every process run it. Besides every second, it runs as soon as this process sees a
 * seat free up or a contact join a queue (changes made by another process wait for the next tick).
 */
export function routingPassJob(deps: JobDeps): Job {
  return {
    name: 'routing-pass',
    everyMs: 1_000,
    wakeOn: (wake) => {
      const unsubscribes = [
        deps.bus.on('queue.changed', wake),
        deps.bus.on('offer.closed', wake),
        deps.bus.on('agent.presenceChanged', wake),
        deps.bus.on('chat.changed', wake),
        deps.bus.on('call.changed', wake),
      ];
      return () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
      };
    },
    run: async () => {
      await deps.services.offers.expireDue();
      await deps.services.routing.routeWaiting();
    },
  };
}
