import { AppError } from '../errors';
import { isTransientConflict } from './sql-results';
import type { Db, Tx } from './store';

/**
 * A transaction plus the things to do once it has committed. Services queue pushes with
 * `afterCommit` so no client is ever told about something the database then rolls back.
 */
export interface UnitOfWork {
  tx: Tx;
  afterCommit(fn: () => void): void;
}

/** Attempts of one unit of work that PostgreSQL broke as a deadlock victim or a serialisation failure. */
export const TRANSACTION_ATTEMPTS = 4;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a transaction and, once it has committed, the hooks it queued. When PostgreSQL
 * breaks it as a deadlock victim or a serialisation failure (nothing was written), the whole unit
 * runs again from the start, a bounded number of times with a short random pause; past that the
 * caller gets a 503 `service_unavailable` with Retry-After, never a 500. `work` must therefore do
 * nothing outside the transaction but queue hooks (which only the committed attempt's run).
 */
export async function inTransaction<T>(db: Db, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const hooks: Array<() => void> = [];
    try {
      const result = await db.transaction((tx) => work({ tx, afterCommit: (fn) => hooks.push(fn) }));
      for (const hook of hooks) hook();
      return result;
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt >= TRANSACTION_ATTEMPTS)
        throw new AppError(
          'service_unavailable',
          'too many changes to the same records at once; try again in a moment',
          undefined,
          1,
        );
      await pause(5 + Math.random() * 20 * attempt);
    }
  }
}
