import type { Job } from './scheduler';
import type { JobDeps } from './job-deps';
import { routingPassJob } from './routing-pass.job';
import { sessionPurgeJob } from './session-purge.job';
import { wrapUpSweepJob } from './wrap-up-sweep.job';

/**
 * Every periodic job of the server. A new one (email polling, callbacks due…) is a file in this
 * folder and a line in one of these lists; app.ts does not change.
 */

/** Housekeeping no test drives: it runs whatever BACKGROUND_JOBS says. */
const housekeeping: ReadonlyArray<(deps: JobDeps) => Job> = [sessionPurgeJob];

/** Work on contacts: off with BACKGROUND_JOBS=false, where tests run each pass themselves. */
const contactWork: ReadonlyArray<(deps: JobDeps) => Job> = [wrapUpSweepJob, routingPassJob];

export function serverJobs(deps: JobDeps, options: { backgroundJobs: boolean }): Job[] {
  return [...housekeeping, ...(options.backgroundJobs ? contactWork : [])].map((make) => make(deps));
}
