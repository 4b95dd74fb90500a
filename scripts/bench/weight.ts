/**
 * Page weight: each page's HTML plus every file it loads (stylesheets,
 * scripts, images), raw, gzip and brotli, and how much of it is JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Weight {
  page: string;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  js: number;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Weigh one built page (site path like "/kvalitet/"). */
export function weigh(dist: string, page: string): Weight {
  const htmlFile = join(dist, page.endsWith('.html') ? page : join(page, 'index.html'));
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const refs = new Set<string>();
  for (const m of text.matchAll(/<link[^>]+rel="(?:stylesheet|icon)"[^>]*href="(\/[^"]+)"/g)) refs.add(m[1]!);
  for (const m of text.matchAll(/<link[^>]*href="(\/[^"]+)"[^>]+rel="(?:stylesheet|icon)"/g)) refs.add(m[1]!);
  for (const m of text.matchAll(/<(?:script|img)[^>]+src="(\/[^"]+)"/g)) refs.add(m[1]!);
  let raw = html.length, gzip = gz(html), brotli = br(html), js = 0;
  for (const r of refs) {
    const f = join(dist, r.split('?')[0]!);
    if (!existsSync(f)) continue;
    const b = readFileSync(f);
    raw += b.length; gzip += gz(b); brotli += br(b);
    if (r.endsWith('.js') || r.endsWith('.mjs')) js += b.length;
  }
  js += [...text.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
  return { page, files: 1 + refs.size, raw, gzip, brotli, js };
}
