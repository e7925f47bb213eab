import { startScheduler, type Job } from '../../server/src/jobs/scheduler';

/** A job whose runs stay open until the test settles them. */
function controllableJob(name: string, everyMs: number) {
  const runs: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const job: Job = {
    name,
    everyMs,
    run: () => new Promise<void>((resolve, reject) => runs.push({ resolve, reject })),
  };
  return { job, runs };
}

function recordingLogger() {
  const warnings: Array<{ details: Record<string, unknown>; message: string }> = [];
  return {
    warnings,
    logger: { warn: (details: Record<string, unknown>, message: string) => void warnings.push({ details, message }) },
  };
}

/** Lets the scheduler's promise chains settle without moving the clock. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

describe('background job scheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs a job on its interval and never starts a run while the previous one is going', async () => {
    const { job, runs } = controllableJob('routing-pass', 1_000);
    const scheduler = startScheduler([job], recordingLogger().logger);

    await jest.advanceTimersByTimeAsync(999);
    expect(runs).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(1);

    // Three more turns while the first run is still going: all skipped.
    await jest.advanceTimersByTimeAsync(3_000);
    expect(runs).toHaveLength(1);

    runs[0]!.resolve();
    await settle();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toHaveLength(2);

    runs[1]!.resolve();
    await scheduler.stop();
  });

  it('keeps each job on its own guard: a slow job does not hold back another', async () => {
    const slow = controllableJob('slow', 1_000);
    const quick = controllableJob('quick', 1_000);
    const scheduler = startScheduler([slow.job, quick.job], recordingLogger().logger);

    await jest.advanceTimersByTimeAsync(1_000);
    quick.runs[0]!.resolve();
    await settle();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(slow.runs).toHaveLength(1);
    expect(quick.runs).toHaveLength(2);

    slow.runs[0]!.resolve();
    quick.runs[1]!.resolve();
    await scheduler.stop();
  });

  it('logs a failed run with the job name and runs the job again at the next turn', async () => {
    const { job, runs } = controllableJob('wrap-up-sweep', 5_000);
    const { logger, warnings } = recordingLogger();
    const scheduler = startScheduler([job], logger);

    await jest.advanceTimersByTimeAsync(5_000);
    const failure = new Error('store unreachable');
    runs[0]!.reject(failure);
    await settle();
    expect(warnings).toEqual([{ details: { err: failure, job: 'wrap-up-sweep' }, message: 'background job failed' }]);

    await jest.advanceTimersByTimeAsync(5_000);
    expect(runs).toHaveLength(2);
    runs[1]!.resolve();
    await scheduler.stop();
  });

  it('logs a job that throws before returning a promise, and keeps it scheduled', async () => {
    let calls = 0;
    const { logger, warnings } = recordingLogger();
    const scheduler = startScheduler(
      [
        {
          name: 'throws',
          everyMs: 100,
          run: () => {
            calls += 1;
            throw new Error('bad wiring');
          },
        },
      ],
      logger,
    );
    await jest.advanceTimersByTimeAsync(300);
    expect(calls).toBe(3);
    expect(warnings.map((w) => w.details.job)).toEqual(['throws', 'throws', 'throws']);
    await scheduler.stop();
  });

  it('stop() waits for the run under way and starts no new one', async () => {
    const { job, runs } = controllableJob('routing-pass', 1_000);
    const scheduler = startScheduler([job], recordingLogger().logger);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toHaveLength(1);

    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(5_000);
    expect(stopped).toBe(false);
    expect(runs).toHaveLength(1);

    runs[0]!.resolve();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(runs).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('unrefs its timers so they never keep the process alive', () => {
    const unref = jest.spyOn(global, 'setInterval');
    const scheduler = startScheduler(
      [controllableJob('a', 10).job, controllableJob('b', 20).job],
      recordingLogger().logger,
    );
    const timers = unref.mock.results.map((r) => r.value as NodeJS.Timeout);
    expect(timers).toHaveLength(2);
    expect(timers.every((timer) => timer.hasRef() === false)).toBe(true);
    unref.mockRestore();
    return scheduler.stop();
  });

  it('refuses two jobs with one name, before starting any timer', () => {
    expect(() =>
      startScheduler([controllableJob('same', 10).job, controllableJob('same', 20).job], recordingLogger().logger),
    ).toThrow(/registered twice/);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('runs a woken job at once, folds wakes of one moment into one run, and runs once more after a run that was woken', async () => {
    const { job, runs } = controllableJob('routing-pass', 60_000);
    let wake: () => void = () => undefined;
    let unsubscribed = false;
    job.wakeOn = (w) => {
      wake = w;
      return () => {
        unsubscribed = true;
      };
    };
    const scheduler = startScheduler([job], recordingLogger().logger);

    wake();
    wake();
    wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(1);

    // Woken twice while running: one more run right after, not two, and none before it ends.
    wake();
    await jest.advanceTimersByTimeAsync(0);
    wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(1);
    runs[0]!.resolve();
    await settle();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(2);
    runs[1]!.resolve();
    await settle();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(2);

    await scheduler.stop();
    expect(unsubscribed).toBe(true);
    wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(2);
  });
});
