export { startScheduler, type Job, type Scheduler } from './scheduler';
export { serverJobs } from './server-jobs';
export type { JobDeps } from './job-deps';
