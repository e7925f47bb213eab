import type { HealthResponse } from '@shared/schemas/health';
import type { Db, StoreKind } from '../db/store';
import { storeHealthRepository } from '../db/repositories/store-health.repository';

/** What /api/health reports: whether the store answers, which store it is, and since when we run. */
export function createHealthService(deps: { db: Db; storeKind: StoreKind; version: string; startedAt: number }) {
  return {
    async check(): Promise<HealthResponse> {
      const storeUp = await storeHealthRepository.responds(deps.db);
      return {
        status: storeUp ? 'ok' : 'degraded',
        store: deps.storeKind,
        version: deps.version,
        uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      };
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
