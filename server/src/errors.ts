import { codeOfReason, type ErrorCode, type ErrorReason, type FieldProblem, type ReasonOf } from '@shared/errors';

/**
 * The one error type services throw, named by its precise reason; the code (and so the HTTP
 * status) follows from the reason. HTTP and socket layers turn it into
 * `{error:{code,reason,message,fields}}`; anything else becomes a 500 `internal` with no detail leaked.
 */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly reason: ErrorReason,
    message: string,
    readonly fields?: FieldProblem[],
    /** For `rate_limited`: sent as the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = codeOfReason(reason);
  }

  /** The body both HTTP responses and socket acknowledgements carry. */
  toApiError() {
    return {
      code: this.code,
      reason: this.reason,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

/** `notFound('canned_reply_not_found')` says "canned reply not found". */
export const notFound = (reason: ReasonOf<'not_found'>) => new AppError(reason, reason.replace(/_/g, ' '));
