/** The built site, as the build and browser tests see it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file in the output, as site paths ("/", "/kvalitet/", "/404.html"). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name.endsWith('.html')) out.push('/' + relative(dir, p).split('\\').join('/').replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML of a site path. */
export function readPage(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}
