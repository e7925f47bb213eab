/** What the scheduler needs to know of one piece of periodic work. */
export interface Job {
  /** Shown in the logs when a run fails. */
  name: string;
  /** Time between the starts of two runs; a run still going when the next is due skips that turn. */
  everyMs: number;
  run: () => Promise<void>;
  /**
   * Things that make a run worth doing now rather than at the next tick (a seat freed, a contact
   * queued): given `wake`, subscribes it and returns the unsubscribe. Wakes are coalesced: at most
   * one run goes at a time, and wakes during a run cause one more run right after it.
   */
  wakeOn?: (wake: () => void) => () => void;
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
  const unsubscribes: Array<() => void> = [];
  const running = new Map<string, Promise<void>>();
  /** Jobs woken while running: they run once more as soon as the current run ends. */
  const again = new Set<string>();
  let stopped = false;

  const tick = (job: Job): void => {
    if (stopped) return;
    if (running.has(job.name)) {
      if (job.wakeOn) again.add(job.name);
      return;
    }
    const run = Promise.resolve()
      .then(job.run)
      .catch((err: unknown) => logger.warn({ err, job: job.name }, 'background job failed'))
      .finally(() => {
        running.delete(job.name);
        if (again.delete(job.name)) setImmediate(() => tick(job));
      });
    running.set(job.name, run);
  };

  // Two jobs with one name would share the overlap guard and the log name: a wiring mistake.
  const twice = jobs.find((job, index) => jobs.findIndex((other) => other.name === job.name) !== index);
  if (twice) throw new Error(`background job "${twice.name}" is registered twice`);
  for (const job of jobs) {
    const timer = setInterval(() => tick(job), job.everyMs);
    timer.unref();
    timers.push(timer);
    // Several wakes in one turn of the event loop make one run.
    let woken = false;
    const wake = () => {
      if (woken || stopped) return;
      woken = true;
      setImmediate(() => {
        woken = false;
        tick(job);
      });
    };
    if (job.wakeOn) unsubscribes.push(job.wakeOn(wake));
  }

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= (async () => {
        stopped = true;
        for (const timer of timers) clearInterval(timer);
        for (const unsubscribe of unsubscribes) unsubscribe();
        await Promise.all(running.values());
      })();
      return stopping;
    },
  };
}
