import type { ErrorCode, FieldProblem } from '@shared/errors';

/**
 * The one error type services throw. HTTP and socket layers turn it into `{error:{code,message,fields}}`;
 * anything else becomes a 500 `internal` with no detail leaked.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
    /** For `rate_limited`: sent as the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
