import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured logs: one JSON line per event on stdout. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'omnidesk' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'password', '*.password'], censor: '[redacted]' },
  });
}
