/**
 * Side by side: our static page against the same page with the same charts
 * drawn client-side by Plot in the browser. Both are served locally and
 * loaded in Chromium under the same throttling (Lighthouse's mobile slow 4G
 * and 4× CPU); we count the bytes transferred and the time until the charts
 * are on screen.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve.ts';

export interface ChartLogEntry {
  page: string;
  id: string;
  ms: number;
  props: { typ: string };
  rows: unknown[];
  columns: unknown[];
}

export interface SideBySide {
  page: string;
  charts: number;
  staticBytes: number;
  clientBytes: number;
  /** The same page without any chart: what both variants share. */
  bareBytes: number;
  staticMs: number;
  clientMs: number;
}

/**
 * Make the client-side variant of each page into `dir` (same HTML, charts
 * replaced by a script), and into `bareDir` the page with no charts at all:
 * the bytes both variants share, so the charts' own cost can be compared.
 */
async function makeClientSite(dist: string, dir: string, bareDir: string, log: ChartLogEntry[]): Promise<string[]> {
  await build({
    entryPoints: [join(import.meta.dirname, 'client-entry.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(dir, 'cs.js'),
    logLevel: 'error',
  });
  const pages = [...new Set(log.map((e) => e.page))];
  for (const page of pages) {
    const specs = log.filter((e) => e.page === page).map(({ id, props, rows, columns }) => ({ id, props, rows, columns }));
    let i = 0;
    const bare = readFileSync(join(dist, page, 'index.html'), 'utf8')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace(/<div class="chart-smal">[\s\S]*?<\/svg><\/div>/g, '');
    const html = bare
      .replace(/<div class="chart-bred">[\s\S]*?<\/svg><\/div>/g, () => `<div class="cs-chart" data-chart="${i++}"></div>`)
      .replace('</body>', `<script type="application/json" id="chart-specs">${JSON.stringify(specs).replace(/</g, '\\u003c')}</script><script type="module" src="/cs.js"></script></body>`);
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), html);
    mkdirSync(join(bareDir, page), { recursive: true });
    writeFileSync(join(bareDir, page, 'index.html'), bare.replace(/<div class="chart-bred">[\s\S]*?<\/svg><\/div>/g, ''));
  }
  return pages;
}

/** Load `url` throttled; resolve bytes transferred and ms until charts are visible. */
async function measure(browser: import('playwright-core').Browser, url: string, client: boolean): Promise<{ bytes: number; ms: number }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  await page.goto(url, { waitUntil: 'load' });
  const ms = client
    ? await page.waitForFunction(() => performance.getEntriesByName('charts-drawn')[0]?.startTime).then((h) => h.jsonValue() as Promise<number>)
    : await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime).then((h) => h.jsonValue() as Promise<number>);
  await page.waitForTimeout(200);
  await context.close();
  return { bytes, ms };
}

export async function sideBySide(dist: string, workDir: string, log: ChartLogEntry[]): Promise<SideBySide[]> {
  const csDir = join(workDir, 'client-site');
  const bareDir = join(workDir, 'bare-site');
  const pages = await makeClientSite(dist, csDir, bareDir, log);
  const staticSite = await serveStatic(dist, { gzip: true });
  const clientSite = await serveStatic([csDir, dist], { gzip: true });
  const bareSite = await serveStatic([bareDir, dist], { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows: SideBySide[] = [];
  try {
    for (const page of pages) {
      const s = await measure(browser, staticSite.origin + page, false);
      const c = await measure(browser, clientSite.origin + page, true);
      const b = await measure(browser, bareSite.origin + page, false);
      rows.push({ page, charts: log.filter((e) => e.page === page).length, staticBytes: s.bytes, clientBytes: c.bytes, bareBytes: b.bytes, staticMs: s.ms, clientMs: c.ms });
    }
  } finally {
    await browser.close();
    await staticSite.close();
    await clientSite.close();
    await bareSite.close();
  }
  return rows;
}
