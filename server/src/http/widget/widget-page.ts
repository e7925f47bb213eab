import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { frameAncestors } from '../../web/widget-origins';
import { ROOT_DIR } from '../../root-dir';

const LOADER = path.join(ROOT_DIR, 'server/src/http/widget/widget-loader.js');

const widgetCsp = (allowedOrigins: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self' ws: wss:",
    // The only page that may be framed: by the sites allowed to embed the widget.
    `frame-ancestors ${frameAncestors(allowedOrigins)}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

/**
 * The chat widget's two public URLs: `/widget.js` (the loader any site includes) and `/chat`, the
 * widget page (the Vite entry client/chat.html, built to dist/client/chat.html), standalone or in
 * the loader's iframe.
 */
export function serveWidget(app: Express, options: { clientDistDir: string; allowedOrigins: string[] }): void {
  const loader = readFileSync(LOADER, 'utf8');
  const page = path.join(options.clientDistDir, 'chat.html');

  app.get('/widget.js', (_req, res) => {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    // Its URL never changes: sites pick up a new release on their next page load (revalidated by ETag).
    res.setHeader('Cache-Control', 'no-cache');
    // A script tag on any site loads it; nothing secret in it.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.send(loader);
  });

  app.get(['/chat', '/chat/'], (_req, res) => {
    res.setHeader('Content-Security-Policy', widgetCsp(options.allowedOrigins));
    res.removeHeader('X-Frame-Options');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(page)) {
      res
        .status(503)
        .type('text/plain')
        .send('The chat page is not built (dist/client/chat.html is missing): run `npm run build`.');
      return;
    }
    res.sendFile(page);
  });
}
