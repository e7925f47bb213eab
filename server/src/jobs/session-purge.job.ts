import type { Job } from './scheduler';
import type { JobDeps } from './job-deps';

/** Expired sessions are deleted; housekeeping, so it runs even when BACKGROUND_JOBS is off. */
export function sessionPurgeJob(deps: JobDeps): Job {
  return {
    name: 'session-purge',
    everyMs: 15 * 60_000,
    run: async () => void (await deps.services.auth.purgeExpired()),
  };
}
