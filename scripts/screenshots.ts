/**
 * `npm run screenshots`: full-page screenshots of the built site at 360 and
 * 1280 px for a person to look at, in test-results/screenshots/. One page per
 * template: every story and service page, but only the first dataset page and
 * the first embed (the others share their template). Not a gate, so not part
 * of `npm test`: the browser tests check every page; this is for the eyes.
 * Builds first unless dist/ exists (SKIP_BUILD=0 forces a build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { htmlPagesOf } from './lib/pages.ts';
import { fullPageShot } from './lib/screenshot.ts';
import { serveStatic } from './lib/serve.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test-results', 'screenshots');
const WIDTHS = [360, 1280];

/** Page kinds that share one template: only the first page of each is shot. */
const TEMPLATES = [/^\/data\/[^/]+\/$/, /^\/embed\//];

/** The pages to shoot: one per template, every other page. */
export function shotPages(pages: string[]): string[] {
  return pages.filter((p) => {
    const t = TEMPLATES.find((re) => re.test(p));
    return !t || pages.find((q) => t.test(q)) === p;
  });
}

/** A file name for a site path: "/" → "start", "/data/x/" → "data-x". */
const shotName = (path: string) => path.replace(/^\/|\/$|\.html$/g, '').replace(/\//g, '-') || 'start';

if (process.env.SKIP_BUILD === '0' || !existsSync(join(DIST, 'index.html'))) {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], { stdio: 'inherit', cwd: ROOT });
}
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (/-(360|1280)\.png$/.test(f)) rmSync(join(OUT, f));

const pages = shotPages(htmlPagesOf(DIST));
const [browser, server] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }), serveStatic(DIST)]);
try {
  // Each width in its own context, so no page is resized after loading (that made tiled captures more often).
  for (const width of WIDTHS) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    for (const path of pages) {
      const page = await ctx.newPage();
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await fullPageShot(page, join(OUT, `${shotName(path)}-${width}.png`));
      await page.close();
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Skärmbilder i ${WIDTHS.join(' och ')} px av ${pages.length} sidor (en per mall för dataset och inbäddningar): ${OUT}`);
