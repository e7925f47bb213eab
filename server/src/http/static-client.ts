import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Response } from 'express';

/** Vite names every file under assets/ by its content hash: a changed file is a new URL. */
const HASHED_ASSET = 'public, max-age=31536000, immutable';

/** Pages and other unhashed files: the browser may keep them but asks again each time (ETag). */
function revalidateEachTime(res: Response): void {
  res.setHeader('Cache-Control', 'no-cache');
}

/**
 * Serves the built client. Hashed assets are cached for good; the HTML pages are revalidated on
 * every load, so a new release is picked up at once. Source maps are never served: the build keeps
 * them beside the bundles (hidden, see vite.config.ts) to decode a reported stack trace, but the
 * public gets neither them nor the source they carry. Any non-API path gets the app
 * (client-side routes).
 */
export function serveClient(app: Express, distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use((req, res, next) => {
    if (req.path.endsWith('.map')) res.status(404).type('text/plain').send('Not found');
    else next();
  });
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      fallthrough: false,
      setHeaders: (res) => res.setHeader('Cache-Control', HASHED_ASSET),
    }),
  );
  app.use(express.static(distDir, { index: false, cacheControl: false, setHeaders: revalidateEachTime }));
  app.get(/^\/(?!api\/|api$|socket\.io\/).*/, (_req, res) => {
    revalidateEachTime(res);
    res.sendFile(index);
  });
  return true;
}
