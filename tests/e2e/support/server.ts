/** Serves a built site on 127.0.0.1, like a static host: index.html for folders, 404.html for misses. */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
  /** Extra response headers for a path relative to the base, e.g. from `_headers`; none by default. */
  headers?: (path: string) => Record<string, string>;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts a static server for `dir`, mounted at `base` (for example `/` or `/semuligheter/`).
 * Requests outside the base get the 404 page.
 */
export async function serve(dir: string, base = '/', options: ServeOptions = {}): Promise<RunningServer> {
  const notFoundFile = join(dir, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    for (const [name, value] of Object.entries(options.headers?.(req.url) ?? {})) res.setHeader(name, value);
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server did not get a port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
