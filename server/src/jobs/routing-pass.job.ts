import type { Job } from './scheduler';
import type { JobDeps } from './job-deps';

/**
 * Expired offers go back to their queue, then waiting contacts are offered, in that order so a
 * contact whose offer just lapsed is offered again in the same pass. Row locks (SKIP LOCKED on a
 * server) let every process run it.
 */
export function routingPassJob(deps: JobDeps): Job {
  return {
    name: 'routing-pass',
    everyMs: 1_000,
    run: async () => {
      await deps.services.offers.expireDue();
      await deps.services.routing.routeWaiting();
    },
  };
}
