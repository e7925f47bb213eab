import type { NextFunction, Request, Response } from 'express';
import { isAllowedWidgetOrigin } from '../../web/widget-origins';

/**
 * CORS for the public widget API only: any allowed site may call it, without cookies (the visitor
 * token travels in the Authorization header). Preflights are answered here.
 */
export function widgetCors(allowedOrigins: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && isAllowedWidgetOrigin(allowedOrigins, origin)) {
      res.setHeader('Access-Control-Allow-Origin', allowedOrigins.includes('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  };
}
