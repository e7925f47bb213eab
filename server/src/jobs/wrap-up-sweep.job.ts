import type { Job } from './scheduler';
import type { JobDeps } from './job-deps';

/** Wrap-ups past WRAP_UP_SECONDS are closed; every process may sweep, row locks keep it single. */
export function wrapUpSweepJob(deps: JobDeps): Job {
  return {
    name: 'wrap-up-sweep',
    everyMs: 5_000,
    run: async () => void (await deps.services.callDesk.closeExpiredWrapUps(deps.wrapUpSeconds)),
  };
}
