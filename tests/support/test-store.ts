import { openThrowawayStore, type ThrowawayStore } from './throwaway-store';

export type TestStore = ThrowawayStore;

/**
 * A migrated, empty store for one test file: in-memory PGlite by default; when DATABASE_URL is
 * set, a throw-away database created on that server (dropped again by dispose()). Copied from the
 * run's migrated template unless `fromTemplate: false`.
 */
export function createTestStore(options: { fromTemplate?: boolean } = {}): Promise<TestStore> {
  return openThrowawayStore(process.env.DATABASE_URL ?? null, 't', options);
}
