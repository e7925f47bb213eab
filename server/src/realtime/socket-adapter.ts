import type { Pool } from 'pg';
import type { Logger } from '../log/logger';
import type { DeskServer } from './socket-types';

/**
 * Several server processes share one realtime space through an existing adapter: PostgreSQL
 * (LISTEN/NOTIFY, no extra infrastructure) or Redis. Returns what to close at shutdown.
 */
export async function attachAdapter(
  io: DeskServer,
  options: { kind: 'none' | 'postgres' | 'redis'; pool: Pool | null; redisUrl: string | null; logger: Logger },
): Promise<() => Promise<void>> {
  if (options.kind === 'postgres') {
    if (!options.pool) throw new Error('the PostgreSQL socket adapter needs DATABASE_URL');
    const { createAdapter } = await import('@socket.io/postgres-adapter');
    io.adapter(
      createAdapter(options.pool, {
        tableName: 'socket_io_attachments',
        errorHandler: (err) => options.logger.warn({ err }, 'socket adapter'),
      }),
    );
    options.logger.info({ adapter: 'postgres' }, 'socket.io adapter attached');
    return async () => undefined;
  }
  if (options.kind === 'redis') {
    const { createClient } = await import('redis');
    const { createAdapter } = await import('@socket.io/redis-adapter');
    const pub = createClient({ url: options.redisUrl ?? undefined });
    const sub = pub.duplicate();
    pub.on('error', (err) => options.logger.warn({ err }, 'redis publisher'));
    sub.on('error', (err) => options.logger.warn({ err }, 'redis subscriber'));
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub));
    options.logger.info({ adapter: 'redis' }, 'socket.io adapter attached');
    return async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    };
  }
  return async () => undefined;
}
