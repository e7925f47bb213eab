import type { Store } from '../../server/src/db/store';
import { openThrowawayStore } from '../../tests/support/throwaway-store';

export type BenchStoreKind = 'pglite' | 'postgres';

export interface BenchStore {
  store: Store;
  /** Where it runs, for the report (never the credentials). */
  describe: string;
  /** Closes the store; on PostgreSQL, drops the throw-away database. */
  dispose(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', '']);

/** The server in DATABASE_URL must be this machine (a bench never loads someone else's database). */
export function checkLoopbackDatabaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('DATABASE_URL is not a URL');
  }
  if (!/^postgres(ql)?:$/.test(url.protocol))
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  if (!LOOPBACK.has(url.hostname.toLowerCase())) {
    throw new Error(
      `DATABASE_URL points at "${url.hostname}": the benchmark only runs against a PostgreSQL server on loopback (127.0.0.1, localhost, [::1])`,
    );
  }
  return url;
}

/**
 * A migrated, empty store: in-memory PGlite, or a throw-away database created on the PostgreSQL
 * server of DATABASE_URL and dropped again by dispose() (as tests/support/test-store.ts does).
 */
export async function openBenchStore(kind: BenchStoreKind, databaseUrl: string | undefined): Promise<BenchStore> {
  if (kind === 'pglite') {
    const { store, dispose } = await openThrowawayStore(null, 'bench');
    return { store, describe: 'PGlite (in memory, in process)', dispose };
  }
  if (!databaseUrl)
    throw new Error(
      '--store postgres needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
    );
  const serverUrl = checkLoopbackDatabaseUrl(databaseUrl);
  const { store, databaseUrl: benchUrl, dispose } = await openThrowawayStore(serverUrl.toString(), 'bench');
  const name = new URL(benchUrl!).pathname.slice(1);
  return {
    store,
    describe: `PostgreSQL at ${serverUrl.hostname}:${serverUrl.port || 5432} (throw-away database ${name})`,
    dispose,
  };
}
