import type { QueryClient } from '@tanstack/react-query';
import type { QueueDepth } from '@shared/schemas/queue-depth';
import { queryKeys } from '../../api/query-keys';

/** A pushed depth replaces that queue's row (or adds it: a queue created since the page loaded). */
export function applyQueueDepth(queryClient: QueryClient, depth: QueueDepth): void {
  queryClient.setQueryData(queryKeys.queueDepths, (rows) => {
    if (!rows) return rows;
    const known = rows.some((row) => row.queueId === depth.queueId);
    const next = known ? rows.map((row) => (row.queueId === depth.queueId ? depth : row)) : [...rows, depth];
    return next.sort((a, b) => a.queueName.localeCompare(b.queueName));
  });
}
