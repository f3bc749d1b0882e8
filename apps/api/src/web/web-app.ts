import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the API answers itself; everything else that asks for HTML is the web app. */
const API_PREFIXES = ['/graphql', '/health', '/periods/', '/reports/', '/national/'];

// The page may load only its own scripts, styles and data: no inline script, no framing.
const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// The GraphQL explorer's editor (Monaco) injects its own style elements and runs web
// workers from blobs; it still loads nothing from another origin.
const EXPLORER_POLICY = APP_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").concat(
  "; worker-src 'self' blob:",
);

function securityHeaders(res: Response, policy: string): void {
  res.setHeader('Content-Security-Policy', policy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p.replace(/\/$/, '') || path.startsWith(p));
}

/**
 * Serves the built web app (`apps/web`, built into `root`) at `/`: hashed assets for a year,
 * `index.html` for every page path (the app routes in the browser), the explorer at
 * `/explorer`. Without a build it answers a short page that says how to build one.
 */
export function webAppMiddleware(root: string): express.RequestHandler[] {
  const indexFile = join(root, 'index.html');
  const explorerFile = join(root, 'explorer.html');
  const built = existsSync(indexFile);
  const page = (file: string) => (built && existsSync(file) ? readFileSync(file) : null);
  const index = page(indexFile);
  const explorer = page(explorerFile);

  const assets = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders(res, path) {
      securityHeaders(res, APP_POLICY);
      if (path.includes(`${join(root, 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });

  const pages = (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // A missing file answers 404; a page path (even /wilayah/35.27) answers the app.
    if (req.path.startsWith('/assets/') || /\.(js|css|svg|png|ico|map|ttf|woff2?|json|txt|webmanifest)$/i.test(req.path)) return next();
    const isExplorer = req.path === '/explorer' || req.path.startsWith('/explorer/');
    const body = isExplorer ? explorer : index;
    securityHeaders(res, isExplorer ? EXPLORER_POLICY : APP_POLICY);
    res.setHeader('Cache-Control', 'no-cache');
    if (!body) {
      res.status(404).type('text/plain').send('The web app is not built: run `npm run build:web` (npm start does it).');
      return;
    }
    res.type('html').send(body);
  };

  return [(req, res, next) => (isApiPath(req.path) ? next() : assets(req, res, next)), pages];
}
