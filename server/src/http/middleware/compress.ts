import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * Whether an answer is worth compressing. Streams are left alone: an event stream must reach the
 * browser as each event is written, not when a compression block fills up; socket.io's own
 * requests never reach Express (engine.io answers them first), the path test only keeps it so if
 * that ever changes.
 */
function worthCompressing(req: Request, res: Response): boolean {
  if (req.path.startsWith('/socket.io/')) return false;
  const type = res.getHeader('Content-Type');
  if (typeof type === 'string' && type.startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
}

/** gzip (or brotli, when asked) for the client's files and the API's JSON, above compression's 1 kB threshold. */
export const compress = compression({ filter: worthCompressing });
