/**
 * A static file server on 127.0.0.1 for measuring built pages in Chromium.
 * Serves a folder as a static host would: index.html for folders, real
 * content types, gzip for text (as static hosts do), 404 otherwise.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serve `root` (a folder, or several folders tried in order) on a free loopback port. */
export async function serve(...roots: string[]): Promise<Served> {
  const server: Server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    for (const root of roots) {
      try {
        const body = await readFile(join(root, path));
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        // Compress text as any static host does, so transferred bytes are realistic.
        if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript/.test(type)) {
          res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
          res.end(gzipSync(body, { level: 9 }));
        } else {
          res.writeHead(200, { 'content-type': type });
          res.end(body);
        }
        return;
      } catch {
        /* try the next root */
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('404');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
