/** What the scheduler needs to know of one piece of periodic work. */
export interface Job {
  /** Shown in the logs when a run fails. */
  name: string;
  /** Time between the starts of two runs; a run still going when the next is due skips that turn. */
  everyMs: number;
  run: () => Promise<void>;
}

export interface JobLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface Scheduler {
  /** Clears every timer, then waits for the runs already going (the store must outlive them). */
  stop(): Promise<void>;
}

/**
 * Runs each job on its own interval. A job never overlaps itself (a slow routing pass is not
 * stacked on the next one), a failed run is logged with the job's name and the job keeps going,
 * and the timers are unref'd so they never keep a process alive on their own.
 */
export function startScheduler(jobs: readonly Job[], logger: JobLogger): Scheduler {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();
  let stopped = false;

  const tick = (job: Job): void => {
    if (stopped || running.has(job.name)) return;
    const run = Promise.resolve()
      .then(job.run)
      .catch((err: unknown) => logger.warn({ err, job: job.name }, 'background job failed'))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };

  // Two jobs with one name would share the overlap guard and the log name: a wiring mistake.
  const twice = jobs.find((job, index) => jobs.findIndex((other) => other.name === job.name) !== index);
  if (twice) throw new Error(`background job "${twice.name}" is registered twice`);
  for (const job of jobs) {
    const timer = setInterval(() => tick(job), job.everyMs);
    timer.unref();
    timers.push(timer);
  }

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= (async () => {
        stopped = true;
        for (const timer of timers) clearInterval(timer);
        await Promise.all(running.values());
      })();
      return stopping;
    },
  };
}
