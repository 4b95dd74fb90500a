/**
 * A tiny static server for browser tests and the benchmark: serves folders on
 * 127.0.0.1 at a random free port, the way a static host would: directory
 * paths get their index.html, a path without a trailing slash is redirected,
 * unknown paths get 404.html (if the site has one) with status 404, and
 * (optionally) text is gzipped as hosts do, so transferred bytes are real.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path maps to, or null if it is outside `root` or missing. */
function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return file;
}

/**
 * Serve `roots` (tried in order: the first that has the file wins) until
 * close() is called.
 */
export async function serveStatic(roots: string | string[], opts: { gzip?: boolean } = {}): Promise<StaticServer> {
  const list = Array.isArray(roots) ? roots : [roots];
  const root = list[0]!;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = list.map((r) => fileFor(r, url.pathname)).find(Boolean) ?? null;
    if (file && !url.pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search });
      res.end();
      return;
    }
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (opts.gzip && /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript/.test(type)) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' });
      res.end(req.method === 'HEAD' ? undefined : gzipSync(readFileSync(file), { level: 9 }));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
