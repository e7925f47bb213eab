import type { Ack } from '@shared/errors';
import { AppError } from '../errors';
import type { Logger } from '../log/logger';

/**
 * Runs a socket command and answers its acknowledgement with `{ok,data}` or `{ok:false,error}`,
 * the same error shape as HTTP. A client that sent no callback simply gets no answer.
 */
export function acknowledged<P, T>(logger: Logger, handle: (payload: unknown) => Promise<T>) {
  return async (payload: P, ack?: (result: Ack<T>) => void) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    try {
      reply({ ok: true, data: await handle(payload) });
    } catch (error) {
      if (error instanceof AppError) {
        reply({ ok: false, error: error.toApiError() });
        return;
      }
      logger.error({ err: error }, 'socket command failed');
      reply({
        ok: false,
        error: new AppError('internal', 'something went wrong on our side; it has been logged').toApiError(),
      });
    }
  };
}
