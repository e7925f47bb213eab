import { openThrowawayStore, type ThrowawayStore } from './throwaway-store';

export type TestStore = ThrowawayStore;

/**
 * A migrated, empty store for one test file: in-memory PGlite by default; when DATABASE_URL is
 * set, a throw-away database created on that server (dropped again by dispose()).
 */
export function createTestStore(): Promise<TestStore> {
  return openThrowawayStore(process.env.DATABASE_URL ?? null, 't');
}
