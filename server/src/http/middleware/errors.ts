import type { NextFunction, Request, Response } from 'express';
import { httpStatusOf, type ApiErrorBody } from '@shared/errors';
import { LIMITS } from '@shared/schemas/limits';
import { AppError } from '../../errors';
import type { Logger } from '../../log/logger';

function send(res: Response, error: AppError): void {
  const body: ApiErrorBody = { error: error.toApiError() };
  if (error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  res.status(httpStatusOf(error.code)).json(body);
}

/** Errors from body-parser carry a `type`; map them to our codes. */
function fromBodyParser(error: { type?: string; status?: number }): AppError | null {
  if (error.type === 'entity.too.large') {
    return new AppError('payload_too_large', `request body is larger than ${LIMITS.jsonBodyBytes} bytes`);
  }
  if (error.type === 'entity.parse.failed') {
    return new AppError('malformed_json', 'request body is not valid JSON', [{ path: '', message: 'malformed JSON' }]);
  }
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    return new AppError('unsupported_encoding', 'unsupported body encoding');
  }
  return null;
}

/** The one place errors become responses; nothing but our own message ever reaches the client. */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const known = error instanceof AppError ? error : typeof error === 'object' && error ? fromBodyParser(error) : null;
    if (known) return send(res, known);
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
    send(res, new AppError('internal', 'something went wrong on our side; it has been logged'));
  };
}

export function apiNotFound(req: Request, _res: Response, next: NextFunction) {
  next(new AppError('route_not_found', `no API route ${req.method} ${req.path}`));
}

/**
 * Cookie-authenticated writes must be JSON: a cross-site form (urlencoded, multipart, text/plain)
 * cannot send that without a CORS preflight, which this API never grants.
 */
export function requireJsonForWrites(req: Request, _res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const type = req.headers['content-type'];
  if (type && !/^application\/json\b/i.test(type)) {
    return next(new AppError('unsupported_media_type', 'send the body as application/json'));
  }
  next();
}
