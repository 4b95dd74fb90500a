/** Every HTML page in a built site, as site paths ("/", "/kvalitet/", "/404.html"), leaving out search and build assets. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlPagesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!['pagefind', '_astro'].includes(e.name)) walk(p);
      } else if (e.name.endsWith('.html')) out.push('/' + relative(dir, p).split('\\').join('/').replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}
