/** The built site, as the build and browser tests see it. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { htmlPagesOf } from '../../scripts/lib/pages.ts';

export const DIST = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file in the output, as site paths ("/", "/kvalitet/", "/404.html"). */
export function htmlPages(dir = DIST): string[] {
  return htmlPagesOf(dir);
}

/** The HTML of a site path. */
export function readPage(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}

/** Relative path → SHA-256 of every file under `dir`: two builds compared byte for byte. */
export function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex'));
  }
  return out;
}
