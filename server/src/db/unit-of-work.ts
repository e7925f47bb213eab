import type { Db, Tx } from './store';

/**
 * A transaction plus the things to do once it has committed. Services queue pushes with
 * `afterCommit` so no client is ever told about something the database then rolls back.
 */
export interface UnitOfWork {
  tx: Tx;
  afterCommit(fn: () => void): void;
}

export async function inTransaction<T>(db: Db, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const hooks: Array<() => void> = [];
  const result = await db.transaction((tx) => work({ tx, afterCommit: (fn) => hooks.push(fn) }));
  for (const hook of hooks) hook();
  return result;
}
