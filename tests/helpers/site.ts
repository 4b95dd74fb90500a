/** The built site, as the build and browser tests see it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
